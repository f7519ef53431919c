// The board as plain data for the emotion tools: every item and the current
// selection, read in one parallel round trip and parsed like any outside data.
import type { BoardPort } from '../../board/port.ts';
import { parseSnapshot, type BoardSnapshot } from '../../board/snapshot.ts';

export interface BoardState {
  snapshot: BoardSnapshot;
  selectedIds: string[];
}

export async function readBoardState(board: BoardPort): Promise<BoardState> {
  const [items, selection] = await Promise.all([board.get(), board.getSelection()]);
  // SDK items are objects with methods: their JSON form is the snapshot's item form.
  const parsed = parseSnapshot({ version: 1, items: JSON.parse(JSON.stringify(items)) as unknown });
  if (!parsed.ok) throw new Error(`could not read the board: ${parsed.error}`);
  return { snapshot: parsed.snapshot, selectedIds: selection.map((item) => item.id) };
}
