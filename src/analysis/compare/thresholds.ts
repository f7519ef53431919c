// The comparison's numbers (docs/compare-review.md): defaults, each named, and
// settable per call (`compareJourneys(…, { thresholds: { movedDice: 0.95 } })`).

export interface CompareThresholds {
  /** Stage names this similar (bigram Dice) are the same stage. */
  stageNameDice: number;
  /** At the same position, stage names at least this similar are one stage renamed. */
  stageRenamedDice: number;
  /** Touchpoints in the same stage this similar are the same touchpoint… */
  sameStageDice: number;
  /** …and down to this, the same touchpoint reworded ("check"). */
  rewordedDice: number;
  /** Touchpoints in different stages this similar are one touchpoint moved. */
  movedDice: number;
  /** A pain point is addressed when its touchpoint rose by at least this, to ≥ 0. */
  addressedRise: number;
  /** A future map with this share of touchpoints at +1/+2 and no pain point is a wish, not a plan. */
  wishfulShare: number;
}

export const COMPARE_THRESHOLDS: Readonly<CompareThresholds> = Object.freeze({
  stageNameDice: 0.8,
  stageRenamedDice: 0.5,
  sameStageDice: 0.85,
  rewordedDice: 0.6,
  movedDice: 0.9,
  addressedRise: 1,
  wishfulShare: 0.9,
});

export function thresholdsWith(overrides: Partial<CompareThresholds> = {}): CompareThresholds {
  return { ...COMPARE_THRESHOLDS, ...overrides };
}
