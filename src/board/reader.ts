// Reads the board into a snapshot for readback, in at most two sequential
// round trips however large the board: (1) every item, the tags and the
// selection at once; (2) the metadata of the items the caller names (lane
// labels, for their kind hints). Never a frame's metadata: frames cannot hold
// any (docs/miro-board.md), and readback works by geometry. Items are copied
// field by field and parsed like a snapshot file: board content is outside data.
import { retryOnRateLimit, type RetryOptions } from './calls.ts';
import { isNotFoundError } from './errors.ts';
import type { BoardItem, BoardPort } from './port.ts';
import { parseSnapshot, readItems, SNAPSHOT_VERSION, type BoardSnapshot, type SnapshotItem } from '../snapshot/snapshot.ts';
import { append } from '../model/arrays.ts';
import { copyData } from '../model/copy-data.ts';
import { inSlices } from '../model/next-task.ts';

export interface ReadBoardOptions {
  /** Read the named items' metadata (`metadataFor`); on by default. */
  withMetadata?: boolean;
  /**
   * The items whose own metadata to read after the items (lane labels, for
   * their kind hints: readback's `laneLabelIds`); one more parallel round.
   * Frames and groups among them are skipped: they hold no metadata.
   */
  metadataFor?: (snapshot: BoardSnapshot) => readonly string[];
  /** How rate-limit errors are waited out (tests pass a fake clock). */
  retry?: RetryOptions;
}

export interface BoardReading {
  snapshot: BoardSnapshot;
  selectedIds: string[];
  /** Items the snapshot parser skipped, as warnings. */
  warnings: string[];
  /** Sequential round trips made (calls in one round run in parallel). */
  roundTrips: number;
}

// The fields readback uses, as the SDK names them; methods and the rest stay behind.
// modifiedAt / modifiedBy: what changed since the last review, and stale stages.
const FIELDS = ['id', 'type', 'x', 'y', 'width', 'height', 'parentId', 'childrenIds', 'content', 'shape', 'style', 'tagIds', 'title', 'color', 'start', 'end', 'modifiedAt', 'modifiedBy'] as const;

function plainItem(item: BoardItem): Record<string, unknown> {
  const source = item as unknown as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = source[field];
    if (value !== undefined && typeof value !== 'function') plain[field] = copyData(value);
  }
  return plain;
}

/**
 * The items parsed like a snapshot file's, a slice at a time with a task
 * boundary between slices: on a 60,000-sticky board this is seconds of work
 * that would otherwise freeze the panel in one task (docs/performance.md).
 */
async function parseItems(ordered: readonly BoardItem[], warnings: string[]): Promise<SnapshotItem[]> {
  const items: SnapshotItem[] = [];
  await inSlices(ordered, (slice, start) => append(items, readItems(slice.map(plainItem), warnings, { firstIndex: start }).items));
  return items;
}

/** Items that can hold metadata: not frames, not groups (Miro: "not available for frames, groups and unsupported items"). */
function hasMetadata(item: BoardItem): item is BoardItem & { getMetadata(): Promise<unknown> } {
  return item.type !== 'frame' && item.type !== 'group' && typeof (item as { getMetadata?: unknown }).getMetadata === 'function';
}

/**
 * One parallel round for all the named items: they are few (lane labels), and
 * waves of a bounded pool would make the reading's latency grow with their number.
 */
async function itemMetadata(items: readonly BoardItem[], { retry, warnings }: { retry: RetryOptions | undefined; warnings: string[] }): Promise<Record<string, unknown>> {
  const read = async (item: BoardItem & { getMetadata(): Promise<unknown> }) => {
    try {
      return [item.id, await retryOnRateLimit(() => item.getMetadata(), retry)] as const;
    } catch (error) {
      // Another user deleted the item after the item list came back: the rest of the read still stands.
      if (!isNotFoundError(error)) throw error;
      warnings.push(`${item.type} ${item.id}: deleted while the board was read; its metadata was skipped`);
      return [item.id, null] as const;
    }
  };
  const entries = await Promise.all(items.filter(hasMetadata).map(read));
  return Object.fromEntries(entries.filter(([, data]) => typeof data === 'object' && data !== null && Object.keys(data).length > 0));
}

/** The snapshot with more items' metadata, each parsed like a snapshot file's (outside data); what is skipped becomes a warning. */
function withItemMetadata(snapshot: BoardSnapshot, { more, warnings }: { more: Record<string, unknown>; warnings: string[] }): BoardSnapshot {
  const parsed = parseSnapshot({ version: SNAPSHOT_VERSION, items: [], metadata: more });
  if (!parsed.ok) return snapshot;
  append(warnings, parsed.warnings);
  return { ...snapshot, metadata: { ...snapshot.metadata, ...parsed.snapshot.metadata } };
}

const ID_ORDER = new Intl.Collator('en', { numeric: true });

export async function readBoard(board: BoardPort, options: ReadBoardOptions = {}): Promise<BoardReading> {
  // Whether a bare get() includes tags is unverified: ask for them too, and keep each id once.
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, options.retry);
  const [items, tags, selection] = await Promise.all([call(() => board.get()), call(() => board.get({ type: 'tag' })), call(() => board.getSelection())]);
  const byId = new Map<string, BoardItem>();
  for (const item of [...items, ...tags]) byId.set(item.id, item);
  // The order of get() is unverified: one order of our own, so a board reads the same whatever order it comes in.
  const ordered = [...byId.values()].sort((a, b) => ID_ORDER.compare(a.id, b.id));
  // Ids are unique here (byId): each item is read on its own, so only items can be wrong and the read never fails as a whole.
  const readWarnings: string[] = [];
  let snapshot: BoardSnapshot = { version: SNAPSHOT_VERSION, items: await parseItems(ordered, readWarnings), metadata: {} };
  let roundTrips = 1;
  const wanted = options.withMetadata === false ? [] : (options.metadataFor?.(snapshot) ?? []);
  if (wanted.length > 0) {
    const named = wanted.flatMap((id) => byId.get(id) ?? []);
    snapshot = withItemMetadata(snapshot, { more: await itemMetadata(named, { retry: options.retry, warnings: readWarnings }), warnings: readWarnings });
    roundTrips++;
  }
  return { snapshot, selectedIds: selection.map((item) => item.id), warnings: readWarnings, roundTrips };
}
