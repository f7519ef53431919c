// The third source of a sticky's emotion: the sentiment of its text, from the
// AFINN-165 lexicon (with emoji and two-word phrases) of `wink-sentiment`. It
// is loaded on first use (`await import`), so the panel's first load does not
// pay its ~22 KB gzipped. Why this package and these thresholds: README,
// "Emotions" (measured on tests/emotion/labelled-stickies.json).
import type { RatedValence } from '../model/valence.ts';

/** The lexicon's raw score of a text: the sum of its words' AFINN values (negation flips a word). */
export type TextScorer = (text: string) => number;

/**
 * Raw score → level, fitted on the labelled set: ≤ −3 very negative,
 * −2…−1 negative, 0 neutral (also: no sentiment words at all), 1…2 positive,
 * ≥ 3 very positive.
 */
export const SENTIMENT_THRESHOLDS = { veryNegative: -3, negative: -1, positive: 1, veryPositive: 3 } as const;

/** Upper bounds, inclusive, of −2 and −1; lower bounds, inclusive, of +1 and +2. */
export interface SentimentThresholds {
  veryNegative: number;
  negative: number;
  positive: number;
  veryPositive: number;
}

/** `thresholds` other than the app's are for fitting them (tests/emotion/labelled.ts). */
export function levelForScore(score: number, thresholds: SentimentThresholds = SENTIMENT_THRESHOLDS): RatedValence {
  if (score <= thresholds.veryNegative) return -2;
  if (score <= thresholds.negative) return -1;
  if (score >= thresholds.veryPositive) return 2;
  if (score >= thresholds.positive) return 1;
  return 0;
}

let loading: Promise<TextScorer> | undefined;

/** Loads the lexicon once; later calls share the same scorer. */
export function loadTextScorer(): Promise<TextScorer> {
  loading ??= import('wink-sentiment').then(({ default: sentiment }) => (text: string) => sentiment(text).score);
  return loading;
}
