// Where a finding's fix-it goes on the board: the rule says what to add
// (analysis, FixIt), this finds the cell in the report's placement. Pure.
import type { GapReport } from '../../analysis/gap-check.ts';
import { fixFor } from '../../analysis/registry.ts';
import type { Finding } from '../../analysis/types.ts';
import type { CellFix } from '../../board/fixes.ts';
import { isSticky, type BoardSnapshot } from '../../snapshot/snapshot.ts';

export interface FixOffer {
  label: string;
  fix: CellFix;
}

/** The fix for a finding, or null when its rule has none (or its cell cannot be found on the board read). */
export function fixOffer(finding: Finding, { report, snapshot }: { report: GapReport; snapshot: BoardSnapshot }): FixOffer | null {
  const fixIt = fixFor(finding, report.journey);
  if (fixIt === null) return null;
  const column = report.placement.columns.find((band) => band.id === fixIt.stageId);
  const row = report.placement.rows.find((band) => band.id === fixIt.laneId);
  if (column === undefined || row === undefined) return null;
  const inCell = new Set(report.journey.notes.filter((note) => note.stageId === fixIt.stageId && note.laneId === fixIt.laneId).map((note) => note.id));
  const occupied = snapshot.items.flatMap((item) => (isSticky(item) && inCell.has(item.id) ? [{ x: item.x, y: item.y }] : []));
  // Empty on purpose: the person writes the touchpoint or the idea; placeholder-left keeps it on the list until then.
  return { label: fixIt.label, fix: { frameId: report.frame.id, frameOrigin: report.placement.frameOrigin, column, row, occupied, text: '', color: fixIt.color } };
}
