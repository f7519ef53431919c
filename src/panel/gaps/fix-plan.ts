// Where a finding's fix-its go on the board: the rule says what to do
// (analysis, FixIt data), this turns each into a board operation: a new
// sticky finds its cell in the report's placement, a sticky update starts from
// the sticky as the check read it and expects it still so (an edit made since
// wins). It never looks at rule ids. Pure.
import type { GapReport } from '../../analysis/gap-check.ts';
import { fixesFor } from '../../analysis/registry.ts';
import type { Finding, FixIt } from '../../analysis/types.ts';
import type { CellFix } from '../../board/fixes.ts';
import { expectingNow, type ItemUpdate } from '../../board/item-updates.ts';
import { htmlToText, textToHtml } from '../../model/html.ts';
import { withValenceMarker } from '../../model/valence.ts';
import { isSticky, type BoardSnapshot } from '../../snapshot/snapshot.ts';

/** A fix-it: one sticky added to a cell, or one sticky changed (marker or colour). */
export type FixOffer = { label: string; fix: CellFix } | { label: string; update: ItemUpdate };

type Where = { report: GapReport; snapshot: BoardSnapshot };

/** The fix-its of a finding, asked of its rule; those whose cell or sticky is not on the board read are left out. */
export function fixOffers(finding: Finding, { report, snapshot }: Where): FixOffer[] {
  const fixIts = fixesFor(finding, { journey: report.journey, context: { valenceConflicts: report.placement.valenceConflicts } });
  return fixIts.flatMap((fixIt) => {
    const offer = fixIt.kind === 'add-sticky' ? cellOffer(fixIt, { report, snapshot }) : updateOffer(fixIt, snapshot);
    return offer === null ? [] : [offer];
  });
}

/** The first fix-it of a finding; null when it has none. */
export function fixOffer(finding: Finding, where: Where): FixOffer | null {
  return fixOffers(finding, where)[0] ?? null;
}

function cellOffer(fixIt: Extract<FixIt, { kind: 'add-sticky' }>, { report, snapshot }: Where): FixOffer | null {
  const column = report.placement.columns.find((band) => band.id === fixIt.stageId);
  const row = report.placement.rows.find((band) => band.id === fixIt.laneId);
  if (column === undefined || row === undefined) return null;
  const inCell = new Set(report.journey.notes.filter((note) => note.stageId === fixIt.stageId && note.laneId === fixIt.laneId).map((note) => note.id));
  const occupied = snapshot.items.flatMap((item) => (isSticky(item) && inCell.has(item.id) ? [{ x: item.x, y: item.y }] : []));
  // Empty on purpose: the person writes the touchpoint or the idea; placeholder-left keeps it on the list until then.
  return { label: fixIt.label, fix: { frameId: report.frame.id, frameOrigin: report.placement.frameOrigin, column, row, occupied, text: '', color: fixIt.color } };
}

function updateOffer(fixIt: Extract<FixIt, { kind: 'update-sticky' }>, snapshot: BoardSnapshot): FixOffer | null {
  const sticky = snapshot.items.find((item) => item.id === fixIt.itemId);
  if (sticky === undefined || !isSticky(sticky)) return null;
  const after: ItemUpdate['after'] = {};
  // The marker is rewritten in the text the board holds now, so the rest of the sticky's words stay as they are.
  if (fixIt.marker !== undefined) after.content = textToHtml(withValenceMarker(htmlToText(sticky.content), fixIt.marker));
  if (fixIt.fillColor !== undefined) after.fillColor = fixIt.fillColor;
  // Planned from the sticky as read: one edited since (its words or colour) is left as edited, not overwritten.
  const [update] = expectingNow([{ id: fixIt.itemId, after }], [sticky]);
  return update === undefined ? null : { label: fixIt.label, update };
}
