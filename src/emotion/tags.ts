// The `emotion: …` tag, the second source of a sticky's emotion (after an
// explicit marker, before the text's sentiment). Tag titles are board text:
// anything that is not exactly one of the five level names is ignored.
import type { RatedValence } from '../model/valence.ts';

const EMOTION_TAG_NAMES: Record<`${RatedValence}`, string> = {
  '-2': 'very negative',
  '-1': 'negative',
  '0': 'neutral',
  '1': 'positive',
  '2': 'very positive',
};

const BY_NAME: ReadonlyMap<string, RatedValence> = new Map(
  Object.entries(EMOTION_TAG_NAMES).map(([level, name]) => [name, Number(level) as RatedValence]),
);

// "emotion: very negative", "Emotion:Positive", "EMOTION :  very   negative"
const EMOTION_TAG = /^\s*emotion\s*:\s*(.+?)\s*$/i;

/** The level an `emotion: …` tag title names, or null when the title is no such tag. */
export function emotionFromTagTitle(title: string): RatedValence | null {
  const match = EMOTION_TAG.exec(title);
  if (match === null) return null;
  const name = (match[1] ?? '').toLowerCase().replace(/[\s_-]+/g, ' ');
  return BY_NAME.get(name) ?? null;
}

/** The title of the tag that records `level`. */
export function emotionTagTitle(level: RatedValence): string {
  return `emotion: ${EMOTION_TAG_NAMES[`${level}`]}`;
}

/** The level of the first emotion tag among a sticky's tag titles. */
export function emotionFromTags(titles: readonly string[]): RatedValence | null {
  for (const title of titles) {
    const level = emotionFromTagTitle(title);
    if (level !== null) return level;
  }
  return null;
}
