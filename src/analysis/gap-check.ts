// Snapshot → readback → rules → score: the one gap check the panel and the CLI share.
import type { BoardSnapshot } from '../snapshot/snapshot.ts';
import type { Journey } from '../model/journey.ts';
import { readJourney } from '../readback/read-journey.ts';
import { modifiedTimes } from '../snapshot/modified.ts';
import type { FrameRef, Placement, ReadOptions, ReadResult } from '../readback/types.ts';
import { checkJourney } from './registry.ts';
import { healthScore } from './score.ts';
import type { Finding } from './types.ts';

export interface GapReport {
  frame: FrameRef;
  journey: Journey;
  findings: Finding[];
  warnings: string[];
  score: number;
  placement: Placement;
}

export type GapCheckResult = ({ ok: true } & GapReport) | Extract<ReadResult, { ok: false }>;

export function gapCheck(snapshot: BoardSnapshot, options: ReadOptions & { today: string }): GapCheckResult {
  const read = readJourney(snapshot, options);
  if (!read.ok) return read;
  // With no header text to point at, header findings point at the frame: still something to zoom to.
  const headerItemIds = read.placement.headerTextIds.length > 0 ? read.placement.headerTextIds : [read.frame.id];
  const modifiedAt = new Map([...modifiedTimes(snapshot)].map(([id, stamp]) => [id, stamp.at]));
  const findings = checkJourney(read.journey, { today: options.today, strayItemIds: read.placement.strayItemIds, headerItemIds, valenceConflicts: read.placement.valenceConflicts, curveLaneIds: read.placement.curveLaneIds, modifiedAt });
  return { ok: true, frame: read.frame, journey: read.journey, findings, warnings: read.warnings, score: healthScore(findings), placement: read.placement };
}

/** Today as YYYY-MM-DD in UTC: for the edges (panel, CLI) to pass in; rules never read the clock. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
