// What the SDK's errors look like is only partly documented (MIRO-SDK.md): the
// shape of the rate-limit error is unverified. Recognising it lives here, in one
// function, so a real-board finding changes one line.
const RATE_LIMIT_PATTERN = /rate limit|too many requests|credits/i;

// Unverified too: how the SDK says an item is gone (deleted by someone else meanwhile).
const NOT_FOUND_PATTERN = /not found|does not exist|no item with/i;

/** The error's text: an Error's message or a thrown string; nothing for anything else. */
function textOf(error: unknown): string | undefined {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : undefined;
}

export function isRateLimitError(error: unknown): boolean {
  return RATE_LIMIT_PATTERN.test(textOf(error) ?? '');
}

export function isNotFoundError(error: unknown): boolean {
  return NOT_FOUND_PATTERN.test(textOf(error) ?? '');
}

export function errorMessage(error: unknown): string {
  return textOf(error) ?? 'unknown error';
}
