import { describe, expect, it } from 'vitest';
import { errorMessage, isNotFoundError, isRateLimitError } from '../../src/board/errors.ts';

describe('board errors', () => {
  it('reads the text of an Error or a thrown string, and nothing else', () => {
    expect(errorMessage(new Error('Item not found: 7'))).toBe('Item not found: 7');
    expect(errorMessage('Too many requests')).toBe('Too many requests');
    expect(errorMessage({ message: 'not an Error' })).toBe('unknown error');
    expect(errorMessage(undefined)).toBe('unknown error');
  });

  it('recognises the rate-limit and not-found errors in either form', () => {
    expect(isRateLimitError(new Error('Rate limit exceeded'))).toBe(true);
    expect(isRateLimitError('too many requests')).toBe(true);
    expect(isRateLimitError(new Error('Item not found: 7'))).toBe(false);
    expect(isNotFoundError(new Error('Item not found: 7'))).toBe(true);
    expect(isNotFoundError('the item does not exist')).toBe(true);
    expect(isNotFoundError(new Error('Rate limit exceeded'))).toBe(false);
  });

  it('recognises neither in something that is not an error', () => {
    expect(isRateLimitError({ message: 'rate limit' })).toBe(false);
    expect(isNotFoundError(404)).toBe(false);
  });
});
