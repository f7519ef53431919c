// What the SDK's errors look like is only partly documented (MIRO-SDK.md): the
// shape of the rate-limit error is unverified. Recognising it lives here, in one
// function, so a real-board finding changes one line.
const RATE_LIMIT_PATTERN = /rate limit|too many requests|credits/i;

export function isRateLimitError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return RATE_LIMIT_PATTERN.test(message);
}

// Unverified too: how the SDK says an item is gone (deleted by someone else meanwhile).
const NOT_FOUND_PATTERN = /not found|does not exist|no item with/i;

export function isNotFoundError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return NOT_FOUND_PATTERN.test(message);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}
