import { describe, expect, it } from 'vitest';
import { classifyError, errorClause, errorMessage, isNotFoundError, type ErrorKind } from '../../src/board/errors.ts';

// The documented texts (docs/miro-board.md "Errors"), as Miro writes them, with made-up ids.
const CATALOGUE: [string, ErrorKind][] = [
  ['The API rate limit was exceeded. Requests can use up to 100000 credits in total per minute.', 'rate-minute'],
  ['The API rate limit was exceeded. Requests can use up to 1000000 credits in total per hour.', 'rate-hour'],
  ['Can not retrieve item with id 3458764', 'not-found'],
  ['Cannot find the item with ID: 3458764.', 'not-found'],
  ['The specified item has no valid ID. Cannot perform actions on items with no valid ID.', 'not-found'],
  ['Cannot remove the sticky_note item (id=3458764).', 'not-found'],
  ["Cannot set item 3458764 as a child, because the item doesn't exist.", 'not-found'],
  ['Cannot commit the update, because item 3458764 is locked by another client.', 'locked'],
  [`Cannot change this property, because it's read-only: "height"`, 'read-only'],
  ["Cannot set item 3458764 as a child, because the item isn't inside the parent frame.", 'not-in-frame'],
  ['The data storage limit for "metadata" has been exceeded.', 'storage-limit'],
  ['An unknown error occurred: {}.', 'other'],
];

describe('classifyError', () => {
  it.each(CATALOGUE)('%s → %s', (text, kind) => {
    expect(classifyError(new Error(text))).toEqual({ kind, message: text });
  });

  it('ignores case, and reads a thrown string as well as an Error', () => {
    expect(classifyError('THE API RATE LIMIT WAS EXCEEDED ... PER HOUR.').kind).toBe('rate-hour');
    expect(classifyError(new Error('cannot commit the update, because item 1 is LOCKED BY ANOTHER CLIENT.')).kind).toBe('locked');
  });

  it("counts the REST API's 429 text as the minute limit", () => {
    expect(classifyError(new Error('429 Too Many Requests')).kind).toBe('rate-minute');
  });

  it('says other, with "unknown error", for what is not an error', () => {
    expect(classifyError({ message: 'rate limit' })).toEqual({ kind: 'other', message: 'unknown error' });
    expect(isNotFoundError(404)).toBe(false);
  });
});

describe('errorMessage', () => {
  it('reads the text of an Error or a thrown string, and nothing else', () => {
    expect(errorMessage(new Error('Cannot find the item with ID: 7.'))).toBe('Cannot find the item with ID: 7.');
    expect(errorMessage('Too many requests')).toBe('Too many requests');
    expect(errorMessage({ message: 'not an Error' })).toBe('unknown error');
    expect(errorMessage(undefined)).toBe('unknown error');
  });
});

describe('errorClause', () => {
  it("drops Miro's closing full stop, and says when to retry after the hourly limit", () => {
    expect(errorClause(new Error('Cannot find the item with ID: 7.'))).toBe('Cannot find the item with ID: 7');
    expect(errorClause(new Error('The API rate limit was exceeded. Requests can use up to 1000000 credits in total per hour.'))).toBe(
      "The API rate limit was exceeded. Requests can use up to 1000000 credits in total per hour. Miro's hourly limit of calls for this app is spent on this board: try again in about an hour",
    );
  });
});
