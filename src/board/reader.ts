// Reads the board into a snapshot for readback, in one round trip however
// large the board: every item, the tags and the selection at once. No
// metadata: frames cannot hold any (MIRO-SDK.md), and readback works by
// geometry. Items are copied field by field and parsed like a snapshot file:
// board content is outside data.
import { retryOnRateLimit, type RetryOptions } from './calls.ts';
import type { BoardItem, BoardPort } from './port.ts';
import { emptySnapshot, parseSnapshot, SNAPSHOT_VERSION, type BoardSnapshot } from '../snapshot/snapshot.ts';

export interface ReadBoardOptions {
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
const FIELDS = ['id', 'type', 'x', 'y', 'width', 'height', 'parentId', 'childrenIds', 'content', 'shape', 'style', 'tagIds', 'title', 'color', 'start', 'end'] as const;

function plainItem(item: BoardItem): Record<string, unknown> {
  const source = item as unknown as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = source[field];
    if (value !== undefined && typeof value !== 'function') plain[field] = structuredClone(value);
  }
  return plain;
}

const ID_ORDER = new Intl.Collator('en', { numeric: true });

export async function readBoard(board: BoardPort, options: ReadBoardOptions = {}): Promise<BoardReading> {
  // Whether a bare get() includes tags is unverified: ask for them too, and keep each id once.
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, options.retry);
  const [items, tags, selection] = await Promise.all([call(() => board.get()), call(() => board.get({ type: 'tag' })), call(() => board.getSelection())]);
  const byId = new Map<string, BoardItem>();
  for (const item of [...items, ...tags]) byId.set(item.id, item);
  // The order of get() is unverified (MIRO-SDK.md): one order of our own, so a board reads the same whatever order it comes in.
  const ordered = [...byId.values()].sort((a, b) => ID_ORDER.compare(a.id, b.id));
  const parsed = parseSnapshot({ version: SNAPSHOT_VERSION, items: ordered.map(plainItem), metadata: {} });
  // The envelope is built here, so only items can be wrong: the parse never fails as a whole.
  const snapshot: BoardSnapshot = parsed.ok ? parsed.snapshot : emptySnapshot();
  const warnings = parsed.ok ? parsed.warnings : [parsed.error];
  return { snapshot, selectedIds: selection.map((item) => item.id), warnings, roundTrips: 1 };
}
