// Survey scores on the map's scale, −2 … +2. Labels convert as they are read;
// numbers need their scale, which follows from the column's name and the range
// the whole column spans (read once at the end): CSAT 1–5 → score − 3; 1–7
// (7 best) → (score − 4) × 2/3; NPS 0–10 → (score − 5) / 2.5; sentiment in
// [−1, 1] → × 2. Effort scales where high is worse are reversed first.

const FIVE_LABELS: Record<string, number> = { 'very negative': -2, negative: -1, neutral: 0, positive: 1, 'very positive': 2 };
const TWO_LABELS: Record<string, number> = { good: 1, bad: -1 };

/** A label cell → its level; undefined when the cell is not a known label. */
export function labelScore(text: string): number | undefined {
  const key = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return FIVE_LABELS[key] ?? TWO_LABELS[key];
}

export type ScoreScale = 'sentiment' | 'five' | 'seven' | 'eleven' | 'unknown';

export interface ScoreColumn {
  /** The header, lowercased (`csat`, `ces`, `nps`, `sentiment_score`, …). */
  name: string;
  min: number;
  max: number;
  /** Effort scales (CES) where a high number is worse: reversed before converting. */
  highIsWorse: boolean;
}

/** The scale a numeric score column uses, from its name and range. */
export function scaleOf(column: ScoreColumn): ScoreScale {
  if (!Number.isFinite(column.min)) return 'unknown';
  if (column.name.startsWith('sentiment') && column.min >= -1 && column.max <= 1) return 'sentiment';
  if (column.min >= 1 && column.max <= 5) return 'five';
  if (column.min >= 1 && column.max <= 7) return 'seven';
  if (column.min >= 0 && column.max <= 10) return 'eleven';
  return 'unknown';
}

/** A raw number → −2 … +2 on the column's scale; NaN when the scale is unknown. */
export function convertScore(raw: number, { scale, highIsWorse }: { scale: ScoreScale; highIsWorse: boolean }): number {
  switch (scale) {
    case 'sentiment':
      return raw * 2;
    case 'five':
      return (highIsWorse ? 6 - raw : raw) - 3;
    case 'seven':
      return ((highIsWorse ? 8 - raw : raw) - 4) * (2 / 3);
    case 'eleven':
      return ((highIsWorse ? 10 - raw : raw) - 5) / 2.5;
    case 'unknown':
      return Number.NaN;
    default: {
      const never: never = scale;
      return never;
    }
  }
}
