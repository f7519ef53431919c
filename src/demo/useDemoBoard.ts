// The demo page's board and what its toolbar does to it. Loading or clearing
// makes a new in-memory board (the panel is remounted on it, as Miro reloads
// an app's panel on another board); a failed load leaves the board as it was.
import { useState, useSyncExternalStore } from 'react';
import { errorMessage } from '../board/errors.ts';
import { MemoryBoard } from '../board/memory/memory-board.ts';
import { parseSnapshot, type BoardSnapshot } from '../snapshot/snapshot.ts';
import { downloadBlob } from '../panel/download.ts';
import { plural } from '../panel/plural.ts';
import { nextTask } from '../model/next-task.ts';
import { BoardStore } from './board-store.ts';
import { EditHistory } from './edit/history.ts';
import { keepStorage, keptStorage } from './kept-storage.ts';
import type { DemoOptions } from './options.ts';
import { sceneBounds } from './scene.ts';
import { readSnapshotFile } from './snapshot-reader.ts';
import { countItems, describeLoad, snapshotBlob, SNAPSHOT_FILE_NAME, tooLarge, type LoadOutcome } from './snapshot-file.ts';
import type { PageMessage } from './Toolbar.tsx';
import { fitBounds } from './view.ts';

export const EXAMPLE_NAME = 'the hand-made coffee example';

/** Shows the whole board, from the drawing the page already has; an empty board keeps its viewport. */
export function fitBoard(store: BoardStore): void {
  const bounds = sceneBounds(store.getState().scene);
  if (bounds !== undefined) store.board.setViewport(fitBounds(bounds));
}

// A big load is read in a worker, then yields between building the board and drawing it.
async function readFile(file: File): Promise<LoadOutcome> {
  return tooLarge(file.name, file.size) ?? describeLoad(file.name, await readSnapshotFile(file));
}

async function readExample(): Promise<LoadOutcome> {
  // Loaded on demand: the page's first load does not pay for it.
  const example = await import('./examples/board-handmade-coffee.json');
  return describeLoad(EXAMPLE_NAME, parseSnapshot(example.default));
}

function firstMessage(options: DemoOptions): PageMessage | null {
  return options.warnings.length === 0 ? null : { kind: 'error', text: options.warnings.join(' '), details: [] };
}

/** A demo board: it stamps modifiedAt/modifiedBy like Miro, and keeps the app's storage across reloads (a loaded file's own storage wins). */
function demoBoard(snapshot: BoardSnapshot | undefined, latencyMs: number | undefined): MemoryBoard {
  const storage = snapshot?.storage ?? keptStorage();
  const base = snapshot ?? { version: 1 as const, items: [], metadata: {} };
  const board = MemoryBoard.fromSnapshot(storage === undefined ? base : { ...base, storage }, { latencyMs, stampsModified: true });
  keepStorage(board);
  return board;
}

export function useDemoBoard(options: DemoOptions) {
  const { latencyMs } = options;
  const [message, setMessage] = useState<PageMessage | null>(() => firstMessage(options));
  // Each board has its own edit history: loading or clearing starts a new one.
  const open = (board: MemoryBoard) => ({ store: new BoardStore(board), history: new EditHistory(({ kind, text }) => setMessage({ kind, text, details: [] })) });
  const [current, setCurrent] = useState(() => ({ generation: 0, ...open(demoBoard(undefined, latencyMs)) }));
  const state = useSyncExternalStore(current.store.subscribe, current.store.getState);
  const [busy, setBusy] = useState(false);

  const replace = async (snapshot: BoardSnapshot | undefined) => {
    const board = demoBoard(snapshot, latencyMs);
    if (snapshot !== undefined) await nextTask();
    const opened = open(board);
    // Drawn in slices before it is shown, so a big board does not freeze the page.
    await opened.store.redraw();
    fitBoard(opened.store);
    setCurrent((previous) => ({ generation: previous.generation + 1, ...opened }));
  };

  const apply = async (outcome: LoadOutcome) => {
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: outcome.error, details: [] });
      return;
    }
    await nextTask();
    await replace(outcome.snapshot);
    setMessage({ kind: outcome.warnings.length === 0 ? 'success' : 'info', text: outcome.summary, details: outcome.warnings });
  };

  const load = async (name: string, read: () => Promise<LoadOutcome>) => {
    setBusy(true);
    try {
      await apply(await read());
    } catch (error) {
      await apply({ ok: false, error: `Could not load ${name}: ${errorMessage(error)}. The board is unchanged.` });
    } finally {
      setBusy(false);
    }
  };

  const actions = {
    loadFile: (file: File) => void load(file.name, () => readFile(file)),
    loadExample: () => void load(EXAMPLE_NAME, readExample),
    save: () => {
      const snapshot = current.store.board.toSnapshot();
      downloadBlob(snapshotBlob(snapshot), SNAPSHOT_FILE_NAME);
      setMessage({ kind: 'success', text: `Saved ${SNAPSHOT_FILE_NAME}: ${plural(countItems(snapshot.items), 'item')}.`, details: [] });
    },
    clear: () => {
      void replace(undefined);
      setMessage({ kind: 'info', text: 'Board cleared.', details: [] });
    },
    fit: () => fitBoard(current.store),
  };

  return { store: current.store, history: current.history, generation: current.generation, state, message, busy, actions };
}
