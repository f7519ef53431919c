// The gap check's vocabulary: findings point at board item ids so the panel can
// zoom to them. A rule is self-contained (its file holds its id, group, severity,
// explanation, score weight and fix-it); the registry lists the rules.
import type { Journey } from '../model/journey.ts';
import type { RatedValence, StickyColor, ValenceConflict } from '../model/valence.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The question a rule answers. Completeness (is the map a finished artefact?)
 * is scored; insights (what the map says about the customer) never are. Other
 * groups (data check, comparison) add their name here and their rules in the registry.
 */
export const GROUPS = ['completeness', 'insight'] as const;
export type RuleGroup = (typeof GROUPS)[number];

/** A rule id: kebab-case, unique in the registry (the registry's test checks both). */
export type RuleId = string;

export interface Finding {
  rule: RuleId;
  group: RuleGroup;
  /** Insights carry 'info': they are never defects, and never counted as such. */
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
  /** Item id → its text, so findings about items outside the journey (strays) name them by text. */
  itemTexts?: ReadonlyMap<string, string>;
  /** Stickies whose marker and colour disagree (readback took the colour). */
  valenceConflicts?: readonly ValenceConflict[];
  /** Lanes holding emotion-curve points: an emotions lane with a curve is not empty. */
  curveLaneIds?: readonly string[];
  /** Item id → when it was last modified (ISO time), as the board reports it. */
  modifiedAt?: ReadonlyMap<string, string>;
  /** The items the persona and objectives were read from, to point at. */
  headerItemIds?: readonly string[];
}

export interface Explanation {
  /** The finding's name in the panel and the reports. */
  title: string;
  /** A group title with its count: "16 touchpoints have no owner". */
  count(n: number): string;
  why: string;
  todo: string;
}

/**
 * A fix-it as data: the panel carries it out. `add-sticky` adds an EMPTY sticky
 * in the finding's stage and the given lane kind's lane, for the person to fill:
 * a fix-it never writes text that would silence the finding it answers.
 * `update-sticky` changes one existing sticky: its emoji marker to `marker`'s
 * level (the panel rewrites the marker in the sticky's current content, which
 * rules never see: they read the journey, not the board's HTML) and/or its fill
 * colour to `fillColor`.
 */
export type FixIt =
  | { kind: 'add-sticky'; label: string; stageId: string; laneId: string; color: StickyColor }
  | { kind: 'update-sticky'; label: string; itemId: string; marker?: RatedValence; fillColor?: string };

/** What a rule's fix-its may read beyond the journey: the conflicts readback found. */
export type FixContext = Pick<CheckContext, 'valenceConflicts'>;

/** How a completeness rule weighs in the score (weights of the registry's completeness rules sum to 100). */
export interface ScoreWeight {
  points: number;
  /** How many things the rule looks at (stages, touchpoints…): its findings take off that share of the points. */
  subjects(journey: Journey, context: CheckContext): number;
  /** With nothing to look at the rule's points are lost (a map with no touchpoints has no owners either). */
  nothingIsUnfinished?: boolean;
}

export interface Rule {
  id: RuleId;
  group: RuleGroup;
  severity: Severity;
  explanation: Explanation;
  /** Completeness rules only. */
  score?: ScoreWeight;
  check(journey: Journey, context: CheckContext): Finding[];
  /** The fix-its for one of its findings, when one sticky helps (a rule may offer several ways); empty otherwise. */
  fixes?(finding: Finding, { journey, context }: { journey: Journey; context: FixContext }): FixIt[];
}
