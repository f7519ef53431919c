// The app's placeholder wording is read as unfilled; what people write is not.
import { describe, expect, it } from 'vitest';
import { filledEntries, isPlaceholder, PLACEHOLDER } from '../../src/model/placeholders.ts';

describe('placeholders', () => {
  it('recognises every prompt the app writes, in any case and with trailing punctuation', () => {
    for (const text of [PLACEHOLDER.personaName, PLACEHOLDER.goal, ...PLACEHOLDER.objectives]) {
      expect(isPlaceholder(text)).toBe(true);
      expect(isPlaceholder(`  ${text.toUpperCase()}…  `)).toBe(true);
    }
  });

  it('reads empty stickies and the prompts of earlier fix-its as unfilled', () => {
    expect(isPlaceholder('')).toBe(true);
    expect(isPlaceholder(' \n ')).toBe(true);
    expect(isPlaceholder('Placeholder: what does the customer do here?')).toBe(true);
    expect(isPlaceholder('Opportunity: fix "Checkout asks for an account first"')).toBe(true);
    expect(isPlaceholder('Opportunity: answer the negative moment')).toBe(true);
  });

  it('keeps what people write, even when it starts like a prompt', () => {
    expect(isPlaceholder('Opportunity: guest checkout')).toBe(false);
    expect(isPlaceholder('Persona name tags at the event')).toBe(false);
    expect(filledEntries(['Cut sign-up to one step', PLACEHOLDER.objectives[1], ''])).toEqual(['Cut sign-up to one step']);
  });
});
