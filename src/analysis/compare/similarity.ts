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

interface Profile {
  text: string;
  grams: Map<string, number>;
  total: number;
}

function profile(text: string): Profile {
  const normal = normaliseText(text);
  const grams = bigrams(normal);
  let total = 0;
  for (const count of grams.values()) total += count;
  return { text: normal, grams, total };
}

function diceOf(first: Profile, second: Profile): number {
  if (first.text === second.text) return 1;
  if (first.total + second.total === 0) return 0;
  let shared = 0;
  for (const [pair, count] of first.grams) shared += Math.min(count, second.grams.get(pair) ?? 0);
  return (2 * shared) / (first.total + second.total);
}

/**
 * Sørensen–Dice coefficient of the two texts' character bigrams, 0…1, after
 * normalising; equal normalised texts score 1 (even one letter long).
 */
export function dice(a: string, b: string): number {
  return diceOf(profile(a), profile(b));
}

/** `dice` that profiles each text once: matching compares every note with every other. */
export function cachedDice(): (a: string, b: string) => number {
  const profiles = new Map<string, Profile>();
  const of = (text: string) => {
    let found = profiles.get(text);
    if (found === undefined) profiles.set(text, (found = profile(text)));
    return found;
  };
  return (a, b) => diceOf(of(a), of(b));
}
