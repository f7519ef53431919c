// Two sides to compare, each a frame of a snapshot or a checkpoint, read and
// compared: what the panel's "Compare", the CLI and "what changed" share.
import type { Journey } from '../../model/journey.ts';
import { readJourney } from '../../readback/read-journey.ts';
import type { FrameRef } from '../../readback/types.ts';
import type { BoardSnapshot } from '../../snapshot/snapshot.ts';
import type { Checkpoint } from '../review/checkpoint.ts';
import { boardLinks } from './board-links.ts';
import { compareJourneys } from './compare.ts';
import type { Comparison, SideLinks } from './compare.ts';
import type { CompareThresholds } from './thresholds.ts';
import { futureFindings, type ComparisonFinding } from './findings.ts';

export type CompareSide = { snapshot: BoardSnapshot; frameId?: string } | { checkpoint: Checkpoint };

export type SourcesResult =
  | { ok: true; comparison: Comparison; from: FrameRef; to: FrameRef; warnings: string[]; findings: ComparisonFinding[] }
  | { ok: false; reason: 'unreadable' | 'personas-differ'; message: string };

type Side = { ok: true; frame: FrameRef; journey: Journey; links: SideLinks; warnings: string[] } | { ok: false; message: string };

function readSide(side: CompareSide, label: string): Side {
  if ('checkpoint' in side) {
    const { journey, frameId, at } = side.checkpoint;
    return { ok: true, frame: { id: frameId, title: `${journey.title} (checkpoint of ${at})` }, journey, links: {}, warnings: [] };
  }
  const read = readJourney(side.snapshot, side.frameId === undefined ? {} : { frameId: side.frameId });
  if (!read.ok) {
    const list = read.candidates.map((frame) => `${frame.id} "${frame.title}"`).join(', ');
    return { ok: false, message: `${label}: ${read.reason === 'ambiguous' ? `${read.candidates.length} frames hold a journey map; name one of: ${list}` : read.message}` };
  }
  return { ok: true, frame: read.frame, journey: read.journey, links: boardLinks(side.snapshot, read.journey), warnings: read.warnings };
}

export function compareSources({ from, to, force, thresholds }: { from: CompareSide; to: CompareSide; force?: boolean; thresholds?: Partial<CompareThresholds> }): SourcesResult {
  const before = readSide(from, 'from');
  if (!before.ok) return { ok: false, reason: 'unreadable', message: before.message };
  const after = readSide(to, 'to');
  if (!after.ok) return { ok: false, reason: 'unreadable', message: after.message };
  if (before.frame.id === after.frame.id && 'snapshot' in from && 'snapshot' in to && from.snapshot === to.snapshot) {
    return { ok: false, reason: 'unreadable', message: `from and to are the same frame (${before.frame.id})` };
  }
  const result = compareJourneys({ before: before.journey, after: after.journey, links: after.links, ...(force === undefined ? {} : { force }), ...(thresholds === undefined ? {} : { thresholds }) });
  if (!result.ok) return result;
  // Findings on a future map only: a current map compared with its checkpoint is not a plan.
  const findings = after.journey.kind === 'future-state' ? futureFindings({ comparison: result.comparison, after: after.journey, ...(thresholds === undefined ? {} : { thresholds }) }) : [];
  return { ok: true, comparison: result.comparison, from: before.frame, to: after.frame, warnings: [...before.warnings, ...after.warnings], findings };
}
