// Header labels ("Persona:", "ペルソナ：", "Objetivos -") and tag prefixes
// ("channel: email", "Canal : web", "担当: 営業") in any of the languages of
// lane-words.ts, matched as lane names are (words.ts).
import { HEADER_WORDS, TAG_WORDS } from './lane-words.ts';
import { WordTable } from './words.ts';

export type HeaderLabel = keyof typeof HEADER_WORDS;
export type TagWord = keyof typeof TAG_WORDS;

const HEADER_TABLE = new WordTable<HeaderLabel>(HEADER_WORDS);
const TAG_TABLE = new WordTable<TagWord>(TAG_WORDS);

// A label ends at a colon (NFKC turns "：" into ":") or a spaced dash.
const LABEL_END = /\s*:\s*|\s+[-–—]\s+/u;

/** The label a header line starts with, and the text after it; null when the line starts with none. */
export function headerLabel(line: string): { label: HeaderLabel; rest: string } | null {
  const text = line.normalize('NFKC').trim();
  const end = LABEL_END.exec(text);
  if (end !== null) {
    const label = HEADER_TABLE.exact(text.slice(0, end.index));
    return label === undefined ? null : { label, rest: text.slice(end.index + end[0].length).trim() };
  }
  // No separator: a label alone on its line ("Objectives"), or its first word ("Goals get set up fast").
  const whole = HEADER_TABLE.exact(text);
  if (whole !== undefined) return { label: whole, rest: '' };
  const space = text.search(/\s/);
  const first = space < 0 ? undefined : HEADER_TABLE.exact(text.slice(0, space));
  return first === undefined ? null : { label: first, rest: text.slice(space).trim() };
}

/** Whether a text is about reviews (the review line), in any of the languages. */
export function mentionsReview(text: string): boolean {
  return text.split('\n').some((line) => headerLabel(line)?.label === 'review' || /review/i.test(line));
}

/** What a tag title says: a field and its value (`Canal: web`), the moment-of-truth mark, or nothing. */
export function tagWord(title: string): { word: TagWord; value: string } | null {
  const text = title.normalize('NFKC').trim();
  if (TAG_TABLE.exact(text) === 'momentOfTruth') return { word: 'momentOfTruth', value: '' };
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const word = TAG_TABLE.exact(text.slice(0, colon));
  const value = text.slice(colon + 1).trim();
  return word === undefined || word === 'momentOfTruth' || value === '' ? null : { word, value };
}
