// Miro's documented error catalogue (docs/miro-board.md "Errors"): the SDK throws plain
// `Error`s, so an error is recognised by case-insensitive substrings of the
// documented texts. Callers ask `classifyError` and act on the kind; no caller
// keeps its own regular expression.

export type ErrorKind = 'rate-minute' | 'rate-hour' | 'locked' | 'not-found' | 'read-only' | 'not-in-frame' | 'storage-limit' | 'other';

export interface ClassifiedError {
  kind: ErrorKind;
  /** The error's text ("unknown error" when it has none). */
  message: string;
}

// Lower-case pieces of the documented texts, most specific first. The REST API's
// 429 says "too many requests"; the CLI reads through it, so it counts as the minute limit.
const CATALOGUE: readonly { kind: ErrorKind; all: readonly string[] }[] = [
  { kind: 'rate-hour', all: ['rate limit', 'per hour'] },
  { kind: 'rate-minute', all: ['rate limit'] },
  { kind: 'rate-minute', all: ['too many requests'] },
  { kind: 'locked', all: ['locked by another client'] },
  { kind: 'not-in-frame', all: ["isn't inside the parent frame"] },
  { kind: 'not-found', all: ['can not retrieve item with id'] },
  { kind: 'not-found', all: ['cannot find the item with id'] },
  { kind: 'not-found', all: ['has no valid id'] },
  { kind: 'not-found', all: ['cannot remove the', 'item (id='] },
  { kind: 'not-found', all: ["because the item doesn't exist"] },
  { kind: 'read-only', all: ["because it's read-only"] },
  { kind: 'storage-limit', all: ['data storage limit for'] },
];

/** The error's text: an Error's message or a thrown string; nothing for anything else. */
function textOf(error: unknown): string | undefined {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : undefined;
}

export function classifyError(error: unknown): ClassifiedError {
  const message = textOf(error);
  if (message === undefined) return { kind: 'other', message: 'unknown error' };
  const lower = message.toLowerCase();
  const entry = CATALOGUE.find(({ all }) => all.every((piece) => lower.includes(piece)));
  return { kind: entry?.kind ?? 'other', message };
}

export function isNotFoundError(error: unknown): boolean {
  return classifyError(error).kind === 'not-found';
}

export function errorMessage(error: unknown): string {
  return textOf(error) ?? 'unknown error';
}

/**
 * The error's text for a sentence that goes on after it: without Miro's
 * closing full stop and, when the hourly limit is spent, with when to retry.
 */
export function errorClause(error: unknown): string {
  const clause = errorMessage(error).replace(/\.$/, '');
  return classifyError(error).kind === 'rate-hour' ? `${clause}. ${HOUR_LIMIT_ADVICE}` : clause;
}

/** What to tell a person when Miro's hourly credits are spent (the window is an hour long). */
export const HOUR_LIMIT_ADVICE = "Miro's hourly limit of calls for this app is spent on this board: try again in about an hour";
