// Matching what people write against the word lists of lane-words.ts: case,
// full/half width, accents, punctuation and emoji do not count, nor do plural
// "-s" and filler words ("customer", "the", "del"…). A name matches a kind
// when it is one of its words, when a part of it ("Touchpoints / channels") is,
// or when it contains one of its words and no other kind's word is as long.
import { CJK_FILLER_PREFIXES, FILLER_WORDS } from './lane-words.ts';

const FILLERS: ReadonlySet<string> = new Set(FILLER_WORDS);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lower case, compatibility width (ＡＢＣ, ：), no accents, words only (punctuation and emoji are spaces). */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "pains" and "pain" read alike (Latin words of four letters or more). */
function singular(token: string): string {
  return /^[a-z]{3,}s$/.test(token) ? token.slice(0, -1) : token;
}

function stripCjkFiller(token: string): string {
  const prefix = CJK_FILLER_PREFIXES.find((entry) => token.startsWith(entry) && token.length > entry.length);
  return prefix === undefined ? token : token.slice(prefix.length);
}

/** The comparable form of a name: normalised, filler words out, each word singular. */
export function wordKey(text: string): string {
  const tokens = normaliseText(text).split(' ').filter((token) => token !== '');
  const kept = tokens.filter((token) => !FILLERS.has(token));
  return (kept.length > 0 ? kept : tokens).map((token) => singular(stripCjkFiller(token))).join(' ');
}

/** Whether `key` holds `word` as whole words (Latin) or as a run of characters (CJK). */
function contains(key: string, word: string): boolean {
  if (CJK.test(word)) return key.includes(word);
  return ` ${key} `.includes(` ${word} `);
}

const PART_SPLIT = /\s*[/|,·•+]\s*|\s+[–—-]\s+/u;

export class WordTable<K extends string> {
  private readonly byKey = new Map<string, K>();
  /** Longest first, for the "contains" rule. */
  private readonly words: { word: string; kind: K }[] = [];

  constructor(entries: Partial<Record<K, readonly string[]>>) {
    for (const [kind, list] of Object.entries(entries) as [K, readonly string[]][]) {
      for (const entry of list) {
        const key = wordKey(entry);
        if (key === '') continue;
        if (!this.byKey.has(key)) this.byKey.set(key, kind);
        this.words.push({ word: key, kind });
      }
    }
    this.words.sort((a, b) => b.word.length - a.word.length);
  }

  /** The kind whose word this text is, exactly (modulo normalising). */
  exact(text: string): K | undefined {
    return this.byKey.get(wordKey(text));
  }

  /** Exact, else a part's kind, else the kind of the longest word it contains (none on a tie). */
  find(text: string): K | undefined {
    const whole = this.exact(text);
    if (whole !== undefined) return whole;
    for (const part of text.split(PART_SPLIT)) {
      const kind = part === text ? undefined : this.exact(part);
      if (kind !== undefined) return kind;
    }
    return this.containing(wordKey(text));
  }

  private containing(key: string): K | undefined {
    const found = this.words.find(({ word }) => word.length >= 2 && contains(key, word));
    if (found === undefined) return undefined;
    const rival = this.words.find(({ word, kind }) => kind !== found.kind && word.length === found.word.length && contains(key, word));
    return rival === undefined ? found.kind : undefined;
  }
}
