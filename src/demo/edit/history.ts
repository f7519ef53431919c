// Undo and redo of the demo's edits. Edits run one at a time, in order, so an
// undo pressed while a move is still syncing undoes that move, not the one
// before it. A failed edit or undo is reported and leaves the history as it was.
import { errorMessage } from '../../board/errors.ts';
import type { Edit } from './edits.ts';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
}

export type HistoryReport = (outcome: { kind: 'info' | 'error'; text: string }) => void;

export class EditHistory {
  private readonly done: Edit[] = [];
  private readonly undone: Edit[] = [];
  private queue: Promise<void> = Promise.resolve();
  private state: HistoryState = { canUndo: false, canRedo: false };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly report: HistoryReport) {}

  /** Runs an edit; what it returns can be undone (undefined: it changed nothing). */
  run(what: string, task: () => Promise<Edit | undefined>): Promise<void> {
    return this.enqueue(what, async () => {
      const edit = await task();
      if (edit === undefined) return;
      this.done.push(edit);
      this.undone.length = 0;
    });
  }

  undo(): Promise<void> {
    return this.enqueue('undo', async () => {
      const edit = this.done.at(-1);
      if (edit === undefined) return;
      await edit.undo();
      this.undone.push(this.done.pop() ?? edit);
      this.report({ kind: 'info', text: `Undid ${edit.label}.` });
    });
  }

  redo(): Promise<void> {
    return this.enqueue('redo', async () => {
      const edit = this.undone.at(-1);
      if (edit === undefined) return;
      await edit.redo();
      this.done.push(this.undone.pop() ?? edit);
      this.report({ kind: 'info', text: `Redid ${edit.label}.` });
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): HistoryState => this.state;

  private enqueue(what: string, step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        await step();
      } catch (error) {
        this.report({ kind: 'error', text: `Could not ${what}: ${errorMessage(error)}` });
      }
      this.changed();
    });
    return this.queue;
  }

  private changed(): void {
    const next = { canUndo: this.done.length > 0, canRedo: this.undone.length > 0 };
    if (next.canUndo === this.state.canUndo && next.canRedo === this.state.canRedo) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}
