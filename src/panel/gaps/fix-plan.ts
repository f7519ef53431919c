// Where a finding's fix-it goes on the board: the rule says what to add
// (analysis, FixIt), this finds the cell in the report's placement; a
// marker–colour conflict offers its rule's two sticky updates. Pure.
import type { GapReport } from '../../analysis/gap-check.ts';
import { fixFor } from '../../analysis/registry.ts';
import type { Finding } from '../../analysis/types.ts';
import type { CellFix } from '../../board/fixes.ts';
import type { ItemUpdate } from '../../board/item-updates.ts';
import { valenceConflictFixes } from '../../analysis/rules/valence-conflict.ts';
import { isSticky, type BoardSnapshot } from '../../snapshot/snapshot.ts';

/** A fix-it: one sticky added to a cell, or one sticky changed (marker or colour). */
export type FixOffer = { label: string; fix: CellFix } | { label: string; update: ItemUpdate };

/** The fix-its of a finding: a sticky to add, or the two ways to settle a marker–colour conflict. */
export function fixOffers(finding: Finding, { report, snapshot }: { report: GapReport; snapshot: BoardSnapshot }): FixOffer[] {
  if (finding.rule !== 'valence-conflict') return [fixOffer(finding, { report, snapshot })].filter((offer) => offer !== null);
  const conflict = report.placement.valenceConflicts.find((entry) => entry.noteId === finding.itemIds[0]);
  const sticky = snapshot.items.find((item) => item.id === conflict?.noteId);
  if (conflict === undefined || sticky === undefined || !isSticky(sticky)) return [];
  return valenceConflictFixes(conflict, { content: sticky.content, palette: report.journey.palette });
}

/** The fix for a finding, asked of its rule; null when it has none (or its cell cannot be found on the board read). */
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
