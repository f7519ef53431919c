// What the data check may show of a log's values: never an e-mail address.

const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;

export const HIDDEN_VALUE = '(e-mail address hidden)';

export function looksLikeEmail(text: string): boolean {
  return EMAIL_LIKE.test(text);
}

/** A log value fit to show: e-mail-like text is replaced, long text cut. */
export function showValue(text: string): string {
  if (looksLikeEmail(text)) return HIDDEN_VALUE;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A count as it may be shown: below `suppress` it is "<5" (the threshold itself). */
export function shownCount(n: number, suppress: number): string {
  return n < suppress ? `<${suppress}` : n.toLocaleString('en-US');
}
