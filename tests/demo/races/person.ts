// The person editing the demo board while the panel works: the demo's own
// edit functions (src/demo/edit/) through its undo history, aimed at whatever
// is on the board when the edit starts (items the panel is still making too).
import fc from 'fast-check';
import { addSticky, deleteItems, moveItems, setColour, setText, type EditContext } from '../../../src/demo/edit/edits.ts';
import { EditHistory } from '../../../src/demo/edit/history.ts';
import { IdMap } from '../../../src/demo/edit/ids.ts';
import type { MemoryBoard } from '../../../src/board/memory/memory-board.ts';
import type { SnapshotItem } from '../../../src/snapshot/snapshot.ts';
import { actor, portOf, type Actor } from './world.ts';

export type PersonStep =
  | { kind: 'move'; pick: number; dx: number; dy: number }
  | { kind: 'text'; pick: number }
  | { kind: 'colour'; pick: number; colour: 'red' | 'light_green' | 'violet' }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; dx: number; dy: number }
  | { kind: 'undo' };

// Small picks mostly: the newest items (those the panel is making) are aimed at most.
const pick = fc.oneof(fc.nat(3), fc.nat(1_000));
const shift = fc.integer({ min: -600, max: 600 });

export const personStep: fc.Arbitrary<PersonStep> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick, dx: shift, dy: shift }),
  fc.record({ kind: fc.constant('text' as const), pick }),
  fc.record({ kind: fc.constant('colour' as const), pick, colour: fc.constantFrom('red' as const, 'light_green' as const, 'violet' as const) }),
  fc.record({ kind: fc.constant('delete' as const), pick }),
  fc.record({ kind: fc.constant('add' as const), pick, dx: shift, dy: shift }),
  fc.constant({ kind: 'undo' as const }),
);

/** What the person did that must hold at the end. */
export interface PersonRecord {
  who: Actor;
  /** Sticky id → the text of the person's last text edit that went through, and when (its step number). */
  texts: Map<string, { text: string; step: number }>;
  /** Step numbers of undos: an undo may take a text edit back. */
  undos: number[];
  /** Items the person moved (they may leave their frame). */
  moved: Set<string>;
  /** The one-line messages the history reported (failed edits among them). */
  reports: string[];
}

const editable = (item: SnapshotItem) => item.type === 'sticky_note' || item.type === 'shape' || item.type === 'text';

/** The `index`-th item (wrapping round) of those `filter` keeps, counting from the newest: what the panel is making comes first. */
function target(board: MemoryBoard, index: number, filter: (item: SnapshotItem) => boolean): SnapshotItem | undefined {
  const items = board.allItems().filter(filter);
  return items.length === 0 ? undefined : items[items.length - 1 - (index % items.length)];
}

export interface Person {
  record: PersonRecord;
  /** Carries out a step (through the history's queue, after the edits asked for before it). */
  act(step: PersonStep): Promise<void>;
}

export function person(board: MemoryBoard): Person {
  const who = actor('the person');
  const record: PersonRecord = { who, texts: new Map(), undos: [], moved: new Set(), reports: [] };
  const history = new EditHistory((outcome) => record.reports.push(outcome.text));
  const context: EditContext = { board, port: portOf(board, who), ids: new IdMap() };
  let asked = 0;
  // Numbered as asked: the history runs them in that order, so an undo's number tells which edits it may take back.
  const act = (step: PersonStep): Promise<void> => {
    const n = ++asked;
    switch (step.kind) {
      case 'move':
        return history.run('move', async () => {
          const item = target(board, step.pick, editable);
          if (item !== undefined) record.moved.add(item.id);
          return item === undefined ? undefined : moveItems(context, [item.id], { x: step.dx, y: step.dy });
        });
      case 'text':
        return history.run('change the text', async () => {
          const sticky = target(board, step.pick, (item) => item.type === 'sticky_note');
          if (sticky === undefined) return undefined;
          const text = `person's edit ${n}`;
          const edit = await setText(context, sticky.id, text);
          if (edit !== undefined) record.texts.set(sticky.id, { text, step: n });
          return edit;
        });
      case 'colour':
        return history.run('recolour', async () => {
          const sticky = target(board, step.pick, (item) => item.type === 'sticky_note');
          return sticky === undefined ? undefined : setColour(context, [sticky.id], step.colour);
        });
      case 'delete':
        return history.run('delete', async () => {
          const item = target(board, step.pick, editable);
          return item === undefined ? undefined : deleteItems(context, [item.id]);
        });
      case 'add':
        return history.run('add a sticky note', async () => {
          // Near a frame (often inside it): where people add stickies.
          const frame = target(board, step.pick, (item) => item.type === 'frame');
          const box = frame === undefined ? undefined : board.absoluteBox(frame.id);
          return (await addSticky(context, { x: (box?.x ?? 0) + step.dx, y: (box?.y ?? 0) + step.dy })).edit;
        });
      case 'undo':
        record.undos.push(n);
        return history.undo();
      default: {
        const never: never = step;
        return never;
      }
    }
  };
  return { record, act };
}
