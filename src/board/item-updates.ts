// Carrying out colour and text changes on existing items (recolour, marking,
// palette switch, undo): one read of the items, then bounded concurrent
// syncs with retry on the rate-limit error. An item someone else deleted or
// changed in the meantime is skipped and reported. Any other failure rolls back what
// this run changed, so the board is never left half recoloured.
import { DEFAULT_CONCURRENCY, mapBounded, retryOnRateLimit, type RetryOptions } from './calls.ts';
import { errorClause, errorMessage } from './errors.ts';
import type { BoardItem, BoardPort } from './port.ts';

/** The fields an update may set: a sticky's colour name or a shape's hex fill, and content HTML. */
export interface ItemPatch {
  fillColor?: string;
  content?: string;
}

export interface ItemUpdate {
  id: string;
  after: ItemPatch;
  /**
   * What the item held when the update was planned. When given, an item that
   * no longer holds it (someone recoloured or edited it since the preview) is
   * skipped as 'changed': a plan applies only to the board it was made from.
   */
  expect?: ItemPatch;
}

/** An update as it was carried out, with what the item held before: enough to undo it. */
export interface AppliedUpdate {
  id: string;
  before: ItemPatch;
  after: ItemPatch;
}

export interface SkippedUpdate {
  id: string;
  reason: 'deleted' | 'unchanged' | 'changed';
}

export interface UpdateResult {
  applied: AppliedUpdate[];
  skipped: SkippedUpdate[];
}

export interface UpdateOptions {
  concurrency?: number;
  retry?: RetryOptions;
  onProgress?: (done: number, total: number) => void;
}

/** A failure that was rolled back: `message` says what failed and what was restored. */
export class UpdateFailedError extends Error {
  override name = 'UpdateFailedError';
  constructor(
    message: string,
    readonly rolledBack: number,
    readonly rollbackFailures: string[],
  ) {
    super(message);
  }
}

type Editable = BoardItem & { style?: { fillColor?: unknown }; content?: unknown; sync(): Promise<unknown> };

function isEditable(item: BoardItem): item is Editable {
  return 'sync' in item && typeof item.sync === 'function';
}

function current(item: Editable, patch: ItemPatch): ItemPatch {
  const before: ItemPatch = {};
  if (patch.fillColor !== undefined && typeof item.style?.fillColor === 'string') before.fillColor = item.style.fillColor;
  if (patch.content !== undefined && typeof item.content === 'string') before.content = item.content;
  return before;
}

function changedSince(item: Editable, expected: ItemPatch): boolean {
  return (expected.fillColor !== undefined && expected.fillColor !== item.style?.fillColor) || (expected.content !== undefined && expected.content !== item.content);
}

function differs(before: ItemPatch, after: ItemPatch): boolean {
  return (after.fillColor !== undefined && after.fillColor !== before.fillColor) || (after.content !== undefined && after.content !== before.content);
}

function write(item: Editable, patch: ItemPatch): void {
  // The SDK's items are plain objects: set the fields, then sync.
  if (patch.fillColor !== undefined) Object.assign(item, { style: { ...item.style, fillColor: patch.fillColor } });
  if (patch.content !== undefined) Object.assign(item, { content: patch.content });
}

async function stillThere(board: BoardPort, id: string): Promise<boolean> {
  try {
    return (await board.get({ id })).some((item) => item.id === id);
  } catch {
    return true; // cannot tell: treat the failure as a real one
  }
}

async function readItems(board: BoardPort, updates: readonly ItemUpdate[], options: UpdateOptions): Promise<BoardItem[]> {
  if (updates.length === 0) return [];
  try {
    return await retryOnRateLimit(() => board.get({ id: updates.map((update) => update.id) }), options.retry);
  } catch (error) {
    throw new UpdateFailedError(`Could not read the items to update: ${errorClause(error)}; nothing was changed.`, 0, []);
  }
}

/** Applies `updates`; returns what changed (with the old values) and what was skipped. */
export async function applyItemUpdates(board: BoardPort, updates: readonly ItemUpdate[], options: UpdateOptions = {}): Promise<UpdateResult> {
  const retry = (call: () => Promise<unknown>) => retryOnRateLimit(call, options.retry);
  const found = await readItems(board, updates, options);
  const byId = new Map(found.filter(isEditable).map((item) => [item.id, item]));
  const applied: AppliedUpdate[] = [];
  const skipped: SkippedUpdate[] = [];
  let done = 0;
  const progress = () => options.onProgress?.(++done, updates.length);
  try {
    await mapBounded(updates, options.concurrency ?? DEFAULT_CONCURRENCY, async (update) => {
      const item = byId.get(update.id);
      if (item === undefined) {
        skipped.push({ id: update.id, reason: 'deleted' });
        return progress();
      }
      if (update.expect !== undefined && changedSince(item, update.expect)) {
        skipped.push({ id: update.id, reason: 'changed' });
        return progress();
      }
      const before = current(item, update.after);
      if (!differs(before, update.after)) {
        skipped.push({ id: update.id, reason: 'unchanged' });
        return progress();
      }
      write(item, update.after);
      try {
        await retry(() => item.sync());
      } catch (error) {
        if (await stillThere(board, update.id)) throw new Error(`item ${update.id}: ${errorMessage(error)}`, { cause: error });
        skipped.push({ id: update.id, reason: 'deleted' });
        return progress();
      }
      applied.push({ id: update.id, before, after: update.after });
      progress();
    });
  } catch (error) {
    throw await rollBack(board, { applied, error, options, byId });
  }
  return { applied, skipped };
}

async function rollBack(
  board: BoardPort,
  run: { applied: AppliedUpdate[]; error: unknown; options: UpdateOptions; byId: Map<string, Editable> },
): Promise<UpdateFailedError> {
  const failures: string[] = [];
  await mapBounded(run.applied, run.options.concurrency ?? DEFAULT_CONCURRENCY, async (update) => {
    const item = run.byId.get(update.id);
    if (item === undefined) return;
    write(item, update.before);
    try {
      await retryOnRateLimit(() => item.sync(), run.options.retry);
    } catch (error) {
      if (await stillThere(board, update.id)) failures.push(`item ${update.id}: ${errorMessage(error)}`);
    }
  });
  const restored = run.applied.length - failures.length;
  const tail = failures.length === 0 ? `restored the ${restored} item(s) already changed` : `restored ${restored} item(s); could not restore ${failures.join('; ')}`;
  return new UpdateFailedError(`Update failed on ${errorClause(run.error)}; ${tail}.`, restored, failures);
}

/** The updates that undo an earlier run: every applied item still as the run left it back to what it held before. */
export function undoUpdates(applied: readonly AppliedUpdate[]): ItemUpdate[] {
  return applied.map((update) => ({ id: update.id, after: update.before, expect: update.after }));
}

/** The updates, each expecting the item as `items` holds it now (its colour and content). */
export function expectingNow(updates: readonly ItemUpdate[], items: readonly { id: string; content?: unknown; style?: { fillColor?: unknown } }[]): ItemUpdate[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return updates.map((update) => {
    const item = byId.get(update.id);
    if (item === undefined) return update;
    const expect: ItemPatch = {};
    if (typeof item.style?.fillColor === 'string') expect.fillColor = item.style.fillColor;
    if (typeof item.content === 'string') expect.content = item.content;
    return { ...update, expect };
  });
}
