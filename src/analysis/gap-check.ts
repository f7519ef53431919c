// Snapshot → readback → rules → score: the one gap check the panel and the CLI share.
import type { BoardSnapshot } from '../snapshot/snapshot.ts';
import type { Journey } from '../model/journey.ts';
import { readJourney } from '../readback/read-journey.ts';
import { modifiedTimes } from '../snapshot/modified.ts';
import type { FrameRef, Placement, ReadOptions, ReadResult } from '../readback/types.ts';
import { checkJourney } from './registry.ts';
import { completeness, type ScoreLoss } from './score.ts';
import { htmlToText } from '../model/html.ts';
import { isSticky } from '../snapshot/snapshot.ts';
import type { Finding } from './types.ts';
import { reviewDateProblem } from './rules/review-overdue.ts';

export interface GapReport {
  frame: FrameRef;
  journey: Journey;
  findings: Finding[];
  warnings: string[];
  /** Map completeness, 0–100 (insights are never scored). */
  score: number;
  /** Why the score is below 100, biggest loss first. */
  losses: ScoreLoss[];
  placement: Placement;
}

export type GapCheckResult = ({ ok: true } & GapReport) | Extract<ReadResult, { ok: false }>;

export function gapCheck(snapshot: BoardSnapshot, options: ReadOptions & { today: string }): GapCheckResult {
  const read = readJourney(snapshot, options);
  if (!read.ok) return read;
  // With no header text to point at, header findings point at the frame: still something to zoom to.
  const headerItemIds = read.placement.headerTextIds.length > 0 ? read.placement.headerTextIds : [read.frame.id];
  const strays = new Set(read.placement.strayItemIds);
  const itemTexts = new Map(snapshot.items.flatMap((item) => (isSticky(item) && strays.has(item.id) ? [[item.id, htmlToText(item.content)] as const] : [])));
  const modifiedAt = new Map([...modifiedTimes(snapshot)].map(([id, stamp]) => [id, stamp.at]));
  const context = { today: options.today, modifiedAt, strayItemIds: read.placement.strayItemIds, headerItemIds, itemTexts, valenceConflicts: read.placement.valenceConflicts, curveLaneIds: read.placement.curveLaneIds };
  const findings = checkJourney(read.journey, context);
  const { score, losses } = completeness(read.journey, { findings, context });
  const reviewDate = reviewDateProblem(read.journey.review.lastReviewed, options.today);
  const warnings = reviewDate === null ? read.warnings : [...read.warnings, reviewDate];
  return { ok: true, frame: read.frame, journey: read.journey, findings, warnings, score, losses, placement: read.placement };
}

/** Today as YYYY-MM-DD in UTC: for the edges (panel, CLI) to pass in; rules never read the clock. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
