// Copies a frame and what it holds to a free spot to its right: shapes, texts,
// stickies (colour, shape, tags) and the connectors between them, each child
// created inside the new frame's area then linked with `frame.add`. Each
// copied sticky can carry metadata (its source's id). Any failure other than
// the rate limit (waited out) removes everything this copy created.
import { retryOnRateLimit, mapBounded, type RetryOptions } from './calls.ts';
import { errorMessage } from './errors.ts';
import type { AppDataValue } from '@mirohq/websdk-types';
import type { BoardItem, BoardPort, FrameItem } from './port.ts';
import { readBoard } from './reader.ts';
import { FRAME_OFFSET } from './writer.ts';
import { rollback, type Created } from './writer-rollback.ts';
import { frameOrigin } from '../snapshot/geometry.ts';
import { isConnector, isFrame, isShape, isSticky, isText, type BoardSnapshot, type SnapshotConnector, type SnapshotFrame, type SnapshotItem } from '../snapshot/snapshot.ts';

export interface CopyFrameOptions {
  frameId: string;
  title: string;
  /** New content for a child (by its id), e.g. the review line; undefined keeps the content. */
  content?: (item: SnapshotItem) => string | undefined;
  /** Texts to add to the copy, at frame-relative centres (a header line the source lacked). */
  extraTexts?: readonly { content: string; x: number; y: number; width: number }[];
  /** The board as already read, to save reading it again. */
  snapshot?: BoardSnapshot;
  /** Metadata for each copied sticky, from its source's id: [key, value]. */
  stickyMetadata?: (sourceId: string) => [string, AppDataValue];
  concurrency?: number;
  retry?: RetryOptions;
}

export interface CopyFrameResult {
  frameId: string;
  /** Source item id → its copy's id. */
  idMap: Record<string, string>;
  /** Children not copied (types this copy does not make), as lines. */
  skipped: string[];
  snapshot: BoardSnapshot;
}

/**
 * Where the copy goes: the board's own answer to "where does a frame this size
 * fit" asked just right of the source (docs/miro-board.md: findEmptySpace); beside
 * the source when the answer is not a finite point.
 */
async function spotToTheRight(board: BoardPort, frame: SnapshotFrame): Promise<{ x: number; y: number }> {
  const asked = { x: frame.x + frame.width + FRAME_OFFSET, y: frame.y, width: frame.width, height: frame.height, offset: FRAME_OFFSET };
  const space = await board.findEmptySpace(asked);
  return Number.isFinite(space.x) && Number.isFinite(space.y) ? { x: space.x, y: space.y } : { x: asked.x, y: asked.y };
}

type Step = <T>(name: string, call: () => Promise<T>) => Promise<T>;

// Styles are the board's own, read back through the snapshot parser: handed back as they came.
function createChild(board: BoardPort, { item, origin, content }: { item: SnapshotItem; origin: { x: number; y: number }; content: string | undefined }): Promise<BoardItem> | null {
  const at = (source: { x: number; y: number }) => ({ x: origin.x + source.x, y: origin.y + source.y });
  if (isSticky(item)) {
    // Width only: the SDK refuses width and height together on a sticky.
    const style = item.style?.fillColor === undefined ? {} : { style: { fillColor: item.style.fillColor as never } };
    return board.createStickyNote({ content: content ?? item.content, ...at(item), width: item.width, shape: item.shape, tagIds: [...item.tagIds], ...style });
  }
  if (isShape(item)) return board.createShape({ content: content ?? item.content, shape: item.shape as never, ...at(item), width: item.width, height: item.height, style: { ...item.style } as never });
  if (isText(item)) return board.createText({ content: content ?? item.content, ...at(item), width: item.width, style: { ...item.style } as never });
  return null;
}

export async function copyFrame(board: BoardPort, options: CopyFrameOptions): Promise<CopyFrameResult> {
  const snapshot = options.snapshot ?? (await readBoard(board, { withMetadata: false, ...(options.retry === undefined ? {} : { retry: options.retry }) })).snapshot;
  const frame = snapshot.items.find((item): item is SnapshotFrame => item.id === options.frameId && isFrame(item));
  if (frame === undefined) throw new Error(`no frame has id "${options.frameId}"`);
  const created: Created = { children: [], tags: [] };
  const step: Step = async (name, call) => {
    try {
      return await retryOnRateLimit(call, options.retry);
    } catch (error) {
      throw new Error(`${name} failed: ${errorMessage(error)}`, { cause: error });
    }
  };
  const concurrency = options.concurrency ?? 16;
  try {
    return { ...(await copyInto({ board, frame, snapshot, options, created, step, concurrency })), snapshot };
  } catch (error) {
    const problems = await rollback({ board, created, concurrency, step });
    const restored = problems.length === 0 ? 'The board was restored.' : `The board could not be fully restored: ${problems.join('; ')}.`;
    throw new Error(`Could not copy the map: ${errorMessage(error)}. ${restored}`, { cause: error });
  }
}

interface CopyRun {
  board: BoardPort;
  frame: SnapshotFrame;
  snapshot: BoardSnapshot;
  options: CopyFrameOptions;
  created: Created;
  step: Step;
  concurrency: number;
}

async function copyInto({ board, frame, snapshot, options, created, step, concurrency }: CopyRun): Promise<Omit<CopyFrameResult, 'snapshot'>> {
  const spot = await step('finding empty space', () => spotToTheRight(board, frame));
  const copy: FrameItem = await step('creating the frame', () => board.createFrame({ title: options.title, ...spot, width: frame.width, height: frame.height, style: { fillColor: (frame.style?.fillColor as string | undefined) ?? '#ffffff' } }));
  created.frame = copy;
  const origin = frameOrigin({ ...frame, ...spot }) ?? spot;
  const children = snapshot.items.filter((item) => item.parentId === frame.id);
  const ids = new Map<string, string>();
  const skipped: string[] = [];
  await mapBounded(children, concurrency, async (item) => {
    const creating = createChild(board, { item, origin, content: options.content?.(item) });
    if (creating === null) {
      if (!isConnector(item)) skipped.push(`${item.type} ${item.id}: not copied (only stickies, shapes, texts and connectors are)`);
      return;
    }
    const made = await step(`copying ${item.type} ${item.id}`, () => creating);
    created.children.push(made);
    ids.set(item.id, made.id);
    await step(`adding ${made.id} to the frame`, () => copy.add(made));
    const metadata = isSticky(item) ? options.stickyMetadata?.(item.id) : undefined;
    if (metadata !== undefined && 'setMetadata' in made) await step(`marking ${made.id}`, () => made.setMetadata(metadata[0], metadata[1]));
  });
  const links = snapshot.items.filter((item): item is SnapshotConnector => isConnector(item) && ids.has(item.start?.item ?? '') && ids.has(item.end?.item ?? ''));
  await mapBounded(links, concurrency, async (link) => {
    const end = (side: NonNullable<SnapshotConnector['start']>) => ({ item: ids.get(side.item ?? '') as string, ...(side.snapTo === undefined ? {} : { snapTo: side.snapTo as never }) });
    const made = await step(`copying connector ${link.id}`, () =>
      board.createConnector({ start: end(link.start ?? {}), end: end(link.end ?? {}), ...(link.shape === undefined ? {} : { shape: link.shape as never }), style: { ...link.style } as never }),
    );
    created.children.push(made);
    ids.set(link.id, made.id);
  });
  for (const text of options.extraTexts ?? []) {
    const made = await step('adding a header line', () => board.createText({ content: text.content, x: origin.x + text.x, y: origin.y + text.y, width: text.width }));
    created.children.push(made);
    await step(`adding ${made.id} to the frame`, () => copy.add(made));
  }
  // fromEntries: a source id "__proto__" stays a key.
  return { frameId: copy.id, idMap: Object.fromEntries(ids), skipped };
}
