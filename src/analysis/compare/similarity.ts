// Text likeness for matching stages and touchpoints across two maps: bigram
// Dice over a normalised text (case, punctuation and spacing do not count).

/** Lower case, letters and digits only, single spaces: "Sign-up!" and "sign up" read the same. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let index = 0; index + 1 < chars.length; index++) {
    const pair = `${chars[index]}${chars[index + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * Sørensen–Dice coefficient of the two texts' character bigrams, 0…1, after
 * normalising; equal normalised texts score 1 (even one letter long).
 */
export function dice(a: string, b: string): number {
  const left = normaliseText(a);
  const right = normaliseText(b);
  if (left === right) return 1;
  const first = bigrams(left);
  const second = bigrams(right);
  let total = 0;
  for (const count of first.values()) total += count;
  for (const count of second.values()) total += count;
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, count] of first) shared += Math.min(count, second.get(pair) ?? 0);
  return (2 * shared) / total;
}
