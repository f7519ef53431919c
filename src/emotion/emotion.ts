// Where a sticky's emotion comes from, in order: an explicit marker at the
// start of its text, an `emotion: …` tag, its existing palette colour (kept
// unless the person asks to recompute), the sentiment of its text. The result
// names its source so the panel can say why a sticky got its colour.
import type { Palette } from '../model/journey.ts';
import { VALENCE_LEVELS, parseValenceMarker, valenceForColor, type RatedValence } from '../model/valence.ts';
import { levelForScore, type TextScorer } from './sentiment.ts';
import { emotionFromTags } from './tags.ts';

export type EmotionSource = 'marker' | 'tag' | 'colour' | 'text';

export interface StickyEmotion {
  valence: RatedValence;
  source: EmotionSource;
}

/** What a sticky shows: its plain text (lines joined), its tags' titles, its colour. */
export interface StickyFacts {
  text: string;
  tagTitles: readonly string[];
  color: string | undefined;
}

export interface EmotionOptions {
  palette: Palette;
  scoreText: TextScorer;
  /** Read the text even when the sticky already wears a colour of the palette. */
  recomputeFromText?: boolean;
}

export function stickyEmotion(facts: StickyFacts, options: EmotionOptions): StickyEmotion {
  const marker = parseValenceMarker(facts.text);
  if (marker !== null) return { valence: marker.valence, source: 'marker' };
  const tagged = emotionFromTags(facts.tagTitles);
  if (tagged !== null) return { valence: tagged, source: 'tag' };
  const coloured = VALENCE_LEVELS.find((level) => level === valenceForColor(facts.color, options.palette));
  if (!options.recomputeFromText && coloured !== undefined) return { valence: coloured, source: 'colour' };
  return { valence: levelForScore(options.scoreText(facts.text)), source: 'text' };
}

export const SOURCE_LABELS: Record<EmotionSource, string> = {
  marker: 'emoji or (±n) marker in its text',
  tag: 'emotion tag',
  colour: 'its existing colour',
  text: 'sentiment of its text',
};
