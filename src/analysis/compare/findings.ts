// Findings on a future map, from its comparison with the current one
// (docs/compare-review.md): each pain point it leaves unaddressed, each
// regression, and a map that is a wish rather than a plan. Their own group.
import type { Journey } from '../../model/journey.ts';
import { quote, touchpoints } from '../journey-facts.ts';
import type { Severity } from '../types.ts';
import { painPoints } from './pains.ts';
import { thresholdsWith, type CompareThresholds } from './thresholds.ts';
import type { Comparison } from './types.ts';

export const COMPARISON_RULES = {
  'future-unaddressed-pain': 'warning',
  'future-regression': 'warning',
  'future-wishful': 'info',
} as const satisfies Record<string, Severity>;

export type ComparisonRuleId = keyof typeof COMPARISON_RULES;

export interface ComparisonFinding {
  rule: ComparisonRuleId;
  group: 'comparison';
  severity: Severity;
  message: string;
  /** Board items to zoom to: the pain point on the current map, the touchpoint on the future one. */
  itemIds: string[];
}

const finding = (rule: ComparisonRuleId, message: string, itemIds: string[]): ComparisonFinding => ({ rule, group: 'comparison', severity: COMPARISON_RULES[rule], message, itemIds });

/** ≥ wishfulShare of the touchpoints at +1/+2 and no pain point at all: a wish, not a plan. */
function isWishful(after: Journey, thresholds: CompareThresholds): boolean {
  const all = touchpoints(after);
  if (all.length === 0 || painPoints(after).length > 0) return false;
  const happy = all.filter((note) => note.valence !== null && note.valence >= 1).length;
  return happy / all.length >= thresholds.wishfulShare;
}

export function futureFindings({ comparison, after, thresholds }: { comparison: Comparison; after: Journey; thresholds?: Partial<CompareThresholds> }): ComparisonFinding[] {
  const findings = comparison.pains.outcomes
    .filter((pain) => pain.addressedBy === null)
    .map((pain) => finding('future-unaddressed-pain', `Pain point ${quote(pain.text)} in "${pain.stage}" is not addressed by the future map`, [pain.id]));
  for (const regression of comparison.regressions) {
    const what = regression.kind === 'new-negative' ? 'is a new negative touchpoint' : 'feels worse than today';
    findings.push(finding('future-regression', `Touchpoint ${quote(regression.text)} in "${regression.stage}" ${what}`, [regression.afterId]));
  }
  if (isWishful(after, thresholdsWith(thresholds))) {
    findings.push(finding('future-wishful', 'Nearly every touchpoint is positive and no pain point is left: a wish, not a plan. Keep the pains the change does not remove.', []));
  }
  return findings;
}
