// Every gap rule, in report order. A rule is one file in rules/ holding all it
// needs (types.ts, Rule); ids, explanations and fix-its are read from here, so a
// new rule (a data-check or comparison group too) is one file and one line below.
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
import { painCluster } from './rules/pain-cluster.ts';
import { painPointWithoutOpportunity } from './rules/pain-point-without-opportunity.ts';
import { personaIncomplete } from './rules/persona-incomplete.ts';
import { placeholderLeft } from './rules/placeholder-left.ts';
import { reviewDateMissing } from './rules/review-date-missing.ts';
import { reviewOverdue } from './rules/review-overdue.ts';
import { stageStale } from './rules/stage-stale.ts';
import { stageWithoutTouchpoints } from './rules/stage-without-touchpoints.ts';
import { strayItem } from './rules/stray-item.ts';
import { unratedTouchpoint } from './rules/unrated-touchpoint.ts';
import { valenceConflict } from './rules/valence-conflict.ts';
import type { Journey } from '../model/journey.ts';
import { GROUPS, SEVERITIES, type CheckContext, type Finding, type FixContext, type FixIt, type Rule, type RuleId } from './types.ts';

export const RULES: readonly Rule[] = [
  // Completeness: is the map a finished artefact? (scored)
  stageWithoutTouchpoints,
  negativeWithoutOpportunity,
  painPointWithoutOpportunity,
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
  placeholderLeft,
  // Insights: what the map says about the customer (never scored).
  emotionalDrop,
  lowestPoint,
  momentOfTruthNegative,
  painCluster,
];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

const BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule behind a finding; undefined only for an id no rule has (a finding read from elsewhere). */
export const ruleById = (id: RuleId): Rule | undefined => BY_ID.get(id);

/** The finding's fix-its, asked of its own rule; empty when it has none. */
export function fixesFor(finding: Finding, { journey, context }: { journey: Journey; context: FixContext }): FixIt[] {
  return ruleById(finding.rule)?.fixes?.(finding, { journey, context }) ?? [];
}

/** All findings for a journey: by group (completeness first), then errors, warnings, info; rule order within each. */
export function checkJourney(journey: Journey, context: CheckContext): Finding[] {
  const findings = RULES.flatMap((rule) => rule.check(journey, context));
  const rank = (finding: Finding) => GROUPS.indexOf(finding.group) * SEVERITIES.length + SEVERITIES.indexOf(finding.severity);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).map(({ finding }) => finding);
}

/** Whether the map has an error-level gap (the CLI's exit code); insights never count. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.group === 'completeness' && finding.severity === 'error');
}
