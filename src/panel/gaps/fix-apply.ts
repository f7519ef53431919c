// Carrying out the fix-it a person clicked: a new sticky in its cell, or a
// change to one sticky planned from the board as the check read it. A sticky
// edited or deleted since the check is left as it is, and the line says so.
import { addStickyToCell } from '../../board/fixes.ts';
import { applyItemUpdates } from '../../board/item-updates.ts';
import type { BoardPort } from '../../board/port.ts';
import type { FixOffer } from './fix-plan.ts';

export interface FixApplied {
  /** The new sticky's id (to zoom to and type in), or null. */
  added: string | null;
  message: string;
}

export async function applyFixOffer(board: BoardPort, offer: FixOffer): Promise<FixApplied> {
  if ('fix' in offer) return { added: await addStickyToCell(board, offer.fix), message: `${offer.label}: done; write in the new sticky.` };
  const { skipped } = await applyItemUpdates(board, [offer.update]);
  switch (skipped[0]?.reason) {
    case 'changed':
      return { added: null, message: `${offer.label}: not done; the sticky was changed on the board since the check, and is kept as edited.` };
    case 'deleted':
      return { added: null, message: `${offer.label}: not done; the sticky was deleted meanwhile.` };
    default:
      return { added: null, message: `${offer.label}: done.` };
  }
}
