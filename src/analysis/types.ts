// The gap check's vocabulary: findings point at board item ids so the panel can zoom to them.
import type { Journey } from '../model/journey.ts';
import type { ValenceConflict } from '../model/valence.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_IDS = [
  'stage-without-touchpoints',
  'negative-without-opportunity',
  'pain-point-without-opportunity',
  'moment-of-truth-negative',
  'emotional-drop',
  'lowest-point',
  'unrated-touchpoint',
  'valence-conflict',
  'missing-channel',
  'missing-owner',
  'missing-evidence',
  'persona-incomplete',
  'objectives-count',
  'review-overdue',
  'blueprint-unsupported-step',
  'empty-lane',
  'stray-item',
  'map-owner-missing',
  'review-date-missing',
  'stage-stale',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  stageId?: string;
  laneId?: string;
  itemIds: string[];
}

/** What rules need beyond the journey. Rules never read a clock: today comes in here. */
export interface CheckContext {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Stickies readback found in the frame but in no cell. */
  strayItemIds?: readonly string[];
  /** The items the persona and objectives were read from, to point at. */
  headerItemIds?: readonly string[];
  /** Stickies whose marker and colour disagree (readback took the colour). */
  valenceConflicts?: readonly ValenceConflict[];
  /** Lanes holding emotion-curve points: an emotions lane with a curve is not empty. */
  curveLaneIds?: readonly string[];
  /** Item id → when it was last modified (ISO time), as the board reports it. */
  modifiedAt?: ReadonlyMap<string, string>;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  check(journey: Journey, context: CheckContext): Finding[];
}
