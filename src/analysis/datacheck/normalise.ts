// Event names and sticky texts made comparable: markers and HTML are gone
// already (readback); camelCase, snake_case, kebab-case, dots and URL slashes
// split; numbers and id-like tokens dropped; lowercased; stop words dropped;
// a small synonym table maps each word family to one word.

const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'on', 'in', 'for', 'and', 'or', 'with', 'at', 'by', 'from', 'is', 'are', 'be', 'it', 'their', 'his', 'her', 'our', 'your', 'my', 'via', 'page', 'event', 'clicked', 'click', 'viewed', 'view', 'sees', 'see', 'gets', 'get', 'user', 'customer']);

/** Two-word phrases first (so "sign up" never becomes "sign" + "up"), then single words. */
const PHRASES: readonly [RegExp, string][] = [
  [/\bsigns? ?up\b/g, 'register'],
  [/\bsigns? ?in\b/g, 'login'],
  [/\blogs? ?in\b/g, 'login'],
  [/\bcheck ?out\b/g, 'checkout'],
];

const WORDS: Record<string, string> = {
  registers: 'register',
  registration: 'register',
  registered: 'register',
  signup: 'register',
  buy: 'purchase',
  buys: 'purchase',
  bought: 'purchase',
  purchases: 'purchase',
  purchased: 'purchase',
  order: 'purchase',
  orders: 'purchase',
  ordered: 'purchase',
  basket: 'cart',
  carts: 'cart',
  logs: 'login',
  signin: 'login',
  logged: 'login',
};

const ID_LIKE = /^(?:\d+|[0-9a-f]{8,}|[0-9a-f-]{16,}|.*\d.*)$/;

/** The normalised words of a name or text. */
export function normalise(text: string): string[] {
  const spaced = text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/https?:\/\/[^/\s]+/g, ' ')
    .replace(/\?\S*/g, ' ')
    .replace(/[_\-./\\:?=&#]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s']+/gu, ' ')
    .replace(/'/g, '');
  let phrased = spaced.replace(/\s+/g, ' ').trim();
  for (const [pattern, word] of PHRASES) phrased = phrased.replace(pattern, word);
  return phrased
    .split(' ')
    .filter((word) => word !== '' && !ID_LIKE.test(word) && !STOP_WORDS.has(word))
    .map((word) => stem(WORDS[word] ?? word));
}

// A light stemmer, the same on both sides: "places", "placed" and "place" all
// become "plac"; "cancelled" and "cancel" meet at "cancel".
function stem(word: string): string {
  let base = word;
  if (base.length > 4 && /(?:ies|ied)$/.test(base)) return `${base.slice(0, -3)}y`;
  if (base.length > 4 && base.endsWith('ing')) base = base.slice(0, -3);
  else if (base.length > 4 && base.endsWith('ed')) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) base = base.slice(0, -1);
  if (base.length > 3 && base.endsWith('e')) base = base.slice(0, -1);
  if (base.length > 3 && /([^aeiou])\1$/.test(base)) base = base.slice(0, -1);
  return base;
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let at = 0; at < text.length - 1; at++) {
    const gram = text.slice(at, at + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice over character bigrams of the joined words. */
export function bigramDice(a: readonly string[], b: readonly string[]): number {
  const left = bigrams(a.join(' '));
  const right = bigrams(b.join(' '));
  let sizeLeft = 0;
  let sizeRight = 0;
  let shared = 0;
  for (const count of left.values()) sizeLeft += count;
  for (const [gram, count] of right) {
    sizeRight += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  return sizeLeft + sizeRight === 0 ? 0 : (2 * shared) / (sizeLeft + sizeRight);
}

/** Jaccard over the sets of words. */
export function tokenJaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const word of right) if (left.has(word)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The similarity of two normalised names: the larger of bigram Dice and token Jaccard. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  return Math.max(bigramDice(a, b), tokenJaccard(a, b));
}
