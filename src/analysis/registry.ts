// Every gap rule, in the order of DESIGN.md's table (the order findings are reported in).
import { blueprintUnsupportedStep } from './rules/blueprint-unsupported-step.ts';
import { emotionalDrop } from './rules/emotional-drop.ts';
import { emptyLane } from './rules/empty-lane.ts';
import { lowestPoint } from './rules/lowest-point.ts';
import { mapOwnerMissing } from './rules/map-owner-missing.ts';
import { missingChannel } from './rules/missing-channel.ts';
import { missingEvidence } from './rules/missing-evidence.ts';
import { missingOwner } from './rules/missing-owner.ts';
import { momentOfTruthNegative } from './rules/moment-of-truth-negative.ts';
import { negativeWithoutOpportunity } from './rules/negative-without-opportunity.ts';
import { objectivesCount } from './rules/objectives-count.ts';
import { painPointWithoutOpportunity } from './rules/pain-point-without-opportunity.ts';
import { personaIncomplete } from './rules/persona-incomplete.ts';
import { reviewDateMissing } from './rules/review-date-missing.ts';
import { reviewOverdue } from './rules/review-overdue.ts';
import { stageStale } from './rules/stage-stale.ts';
import { stageWithoutTouchpoints } from './rules/stage-without-touchpoints.ts';
import { strayItem } from './rules/stray-item.ts';
import { unratedTouchpoint } from './rules/unrated-touchpoint.ts';
import { valenceConflict } from './rules/valence-conflict.ts';
import type { Journey } from '../model/journey.ts';
import { SEVERITIES, type CheckContext, type Finding, type Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  stageWithoutTouchpoints,
  negativeWithoutOpportunity,
  painPointWithoutOpportunity,
  momentOfTruthNegative,
  emotionalDrop,
  lowestPoint,
  unratedTouchpoint,
  valenceConflict,
  missingChannel,
  missingOwner,
  missingEvidence,
  personaIncomplete,
  objectivesCount,
  reviewOverdue,
  blueprintUnsupportedStep,
  emptyLane,
  strayItem,
  mapOwnerMissing,
  reviewDateMissing,
  stageStale,
];

/** All findings for a journey: errors first, then warnings, then info; rule order within each. */
export function checkJourney(journey: Journey, context: CheckContext): Finding[] {
  const findings = RULES.flatMap((rule) => rule.check(journey, context));
  const rank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).map(({ finding }) => finding);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
