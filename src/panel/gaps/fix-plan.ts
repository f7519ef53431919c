// Which findings the Gaps tab can fix with one sticky, and where that sticky
// goes: pure, from the report the check produced.
import type { GapReport } from '../../analysis/gap-check.ts';
import type { Finding } from '../../analysis/types.ts';
import type { CellFix } from '../../board/fixes.ts';
import type { ItemUpdate } from '../../board/item-updates.ts';
import { valenceConflictFixes } from '../../analysis/rules/valence-conflict.ts';
import { isSticky, type BoardSnapshot } from '../../snapshot/snapshot.ts';

/** A fix-it: one sticky added to a cell, or one sticky changed (marker or colour). */
export type FixOffer = { label: string; fix: CellFix } | { label: string; update: ItemUpdate };

function sentence(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return short.replace(/[.!?…]$/, '');
}

function textFor(finding: Finding, report: GapReport): { label: string; text: string } | null {
  if (finding.rule === 'stage-without-touchpoints') return { label: 'Add placeholder', text: 'Placeholder: what does the customer do here?' };
  if (finding.rule === 'negative-without-opportunity') {
    const negative = report.journey.notes.find((note) => note.id === finding.itemIds[0]);
    return { label: 'Add opportunity', text: `Opportunity: ${negative === undefined ? 'answer the negative moment' : `fix "${sentence(negative.text)}"`}` };
  }
  return null;
}

/** The fix-its of a finding: a sticky to add, or the two ways to settle a marker–colour conflict. */
export function fixOffers(finding: Finding, { report, snapshot }: { report: GapReport; snapshot: BoardSnapshot }): FixOffer[] {
  if (finding.rule !== 'valence-conflict') return [fixOffer(finding, { report, snapshot })].filter((offer) => offer !== null);
  const conflict = report.placement.valenceConflicts.find((entry) => entry.noteId === finding.itemIds[0]);
  const sticky = snapshot.items.find((item) => item.id === conflict?.noteId);
  if (conflict === undefined || sticky === undefined || !isSticky(sticky)) return [];
  return valenceConflictFixes(conflict, { content: sticky.content, palette: report.journey.palette });
}

/** The fix for a finding, or null when it has none (or its cell cannot be found on the board read). */
export function fixOffer(finding: Finding, { report, snapshot }: { report: GapReport; snapshot: BoardSnapshot }): FixOffer | null {
  const what = textFor(finding, report);
  if (what === null || finding.stageId === undefined || finding.laneId === undefined) return null;
  const column = report.placement.columns.find((band) => band.id === finding.stageId);
  const row = report.placement.rows.find((band) => band.id === finding.laneId);
  if (column === undefined || row === undefined) return null;
  const inCell = new Set(report.journey.notes.filter((note) => note.stageId === finding.stageId && note.laneId === finding.laneId).map((note) => note.id));
  const occupied = snapshot.items.flatMap((item) => (isSticky(item) && inCell.has(item.id) ? [{ x: item.x, y: item.y }] : []));
  return {
    label: what.label,
    fix: { frameId: report.frame.id, frameOrigin: report.placement.frameOrigin, column, row, occupied, text: what.text, color: 'light_yellow' },
  };
}
