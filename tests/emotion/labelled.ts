// The labelled sticky set and how agreement with it is measured: shared by the
// agreement test and the evaluation script.
import { readFileSync } from 'node:fs';
import { levelForScore, type SentimentThresholds as Thresholds } from '../../src/emotion/sentiment.ts';
import { z } from '../../src/model/zod.ts';

const rowSchema = z.object({ text: z.string(), valence: z.int().check(z.gte(-2), z.lte(2)) });
export type LabelledRow = z.infer<typeof rowSchema>;

export function loadLabelledSet(): LabelledRow[] {
  const text = readFileSync(new URL('./labelled-stickies.json', import.meta.url), 'utf8');
  return z.array(rowSchema).parse(JSON.parse(text));
}

export interface Scored {
  score: number;
  valence: number;
}

export function agreement(scored: readonly Scored[], t: Thresholds): { exact: number; sign: number; count: number } {
  const exact = scored.filter((row) => levelForScore(row.score, t) === row.valence).length;
  const sign = scored.filter((row) => Math.sign(levelForScore(row.score, t)) === Math.sign(row.valence)).length;
  return { exact: exact / scored.length, sign: sign / scored.length, count: scored.length };
}

/** Integer thresholds (the raw score is an integer) with the best exact agreement, then sign agreement. */
export function fitThresholds(scored: readonly Scored[]): Thresholds {
  let best: { t: Thresholds; exact: number; sign: number } | undefined;
  for (let veryNegative = -10; veryNegative <= -1; veryNegative++) {
    for (let negative = veryNegative; negative <= -1; negative++) {
      for (let positive = 1; positive <= 10; positive++) {
        for (let veryPositive = positive; veryPositive <= 10; veryPositive++) {
          const t = { veryNegative, negative, positive, veryPositive };
          const { exact, sign } = agreement(scored, t);
          if (best === undefined || exact > best.exact || (exact === best.exact && sign > best.sign)) best = { t, exact, sign };
        }
      }
    }
  }
  if (best === undefined) throw new Error('no thresholds');
  return best.t;
}
