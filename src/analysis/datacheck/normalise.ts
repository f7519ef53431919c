// Event names and sticky texts made comparable: markers and HTML are gone
// already (readback); camelCase, snake_case, kebab-case, dots and URL slashes
// split; numbers and id-like tokens dropped; lowercased; stop words dropped;
// a small synonym table maps each word family to one word.

const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'on', 'in', 'for', 'and', 'or', 'with', 'at', 'by', 'from', 'is', 'are', 'be', 'it', 'their', 'his', 'her', 'our', 'your', 'my', 'via', 'page', 'event', 'clicked', 'click', 'viewed', 'view', 'sees', 'see', 'gets', 'get', 'user', 'customer']);

/** Two-word phrases first (so "sign up" never becomes "sign" + "up"), then single words. */
const PHRASES: readonly [RegExp, string][] = [
  [/\bsign ?up\b/g, 'register'],
  [/\bsign ?in\b/g, 'login'],
  [/\blog ?in\b/g, 'login'],
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
    .replace(/[_\-./\\:?=&#]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s']+/gu, ' ')
    .replace(/'/g, '');
  let phrased = spaced.replace(/\s+/g, ' ').trim();
  for (const [pattern, word] of PHRASES) phrased = phrased.replace(pattern, word);
  return phrased
    .split(' ')
    .filter((word) => word !== '' && !ID_LIKE.test(word) && !STOP_WORDS.has(word))
    .map((word) => WORDS[word] ?? stem(word));
}

// A light stemmer: "payments" and "payment", "compares" and "compare" meet.
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
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
