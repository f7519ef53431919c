// A board with the sample map and its future state (made by the app), and the
// edits a team makes on the future map: resolve a pain, add a touchpoint,
// move one. Shared by the CLI and panel comparison tests.
import { createFutureState } from '../../src/board/future-state.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import type { Journey } from '../../src/model/journey.ts';
import { sampleJourney } from './journeys.ts';

export interface FuturePair {
  board: MemoryBoard;
  currentId: string;
  futureId: string;
  /** Copied sticky id → its source's id. */
  lineage: Record<string, string>;
}

export async function boardWithFuture(journey: Journey = sampleJourney()): Promise<FuturePair> {
  const board = new MemoryBoard();
  const { frameId } = await writePlan(board, layoutJourney(journey));
  const future = await createFutureState(board, { frameId, at: '2026-11-29T10:00:00.000Z' });
  return { board, currentId: frameId, futureId: future.frameId, lineage: future.lineage };
}

function readFrame(pair: FuturePair, frameId: string) {
  const read = readJourney(pair.board.toSnapshot(), { frameId });
  if (!read.ok) throw new Error(read.message);
  return read;
}

/** The id of the note reading `text` on a frame of the pair. */
export function noteWithText(pair: FuturePair, { frameId, text }: { frameId: string; text: string }): string {
  const found = readFrame(pair, frameId).journey.notes.find((note) => note.text === text);
  if (found === undefined) throw new Error(`no note "${text}" on ${frameId}`);
  return found.id;
}

/** The future map's copy of the sample's note reading `text`. */
export const futureNote = (pair: FuturePair, text: string): string => noteWithText(pair, { frameId: pair.futureId, text });

export const SAMPLE_TEXTS = { n1: "Sees a friend's post", n2: 'Fills in a long form', n3: 'Too many fields & no guest checkout', n5: 'Box arrives <on time>' } as const;

/**
 * On the sample's future map: the -1 sign-up touchpoint (n2) marked and coloured +1,
 * the pain sticky (n3) deleted, a new +2 touchpoint in "First box", and the
 * "Discover" touchpoint (n1) moved to "Sign up". Done as another user would.
 */
export async function editSampleFuture(pair: FuturePair): Promise<void> {
  const { placement, journey } = readFrame(pair, pair.futureId);
  pair.board.externalUpdate(futureNote(pair, SAMPLE_TEXTS.n2), { content: `<p>🙂 ${SAMPLE_TEXTS.n2}</p>`, style: { fillColor: 'light_green' } });
  pair.board.externalRemove(futureNote(pair, SAMPLE_TEXTS.n3));
  const column = (name: string) => {
    const index = journey.stages.findIndex((stage) => stage.name === name);
    const band = placement.columns[index];
    if (band === undefined) throw new Error(`no stage ${name}`);
    return (band.start + band.end) / 2;
  };
  const touchRow = placement.rows[journey.lanes.findIndex((lane) => lane.kind === 'touchpoints')];
  if (touchRow === undefined) throw new Error('no touchpoint lane');
  const movedId = futureNote(pair, SAMPLE_TEXTS.n1);
  pair.board.externalUpdate(movedId, { x: column('Sign up') + 60 });
  const origin = placement.frameOrigin;
  const added = await pair.board.createStickyNote({ content: '<p>Tracks the box by text message</p>', x: origin.x + column('First box') - 50, y: origin.y + touchRow.start + 40, width: 120, style: { fillColor: 'green' } });
  const frame = await pair.board.getById(pair.futureId);
  if (!('add' in frame)) throw new Error('not a frame');
  await (frame as { add(item: unknown): Promise<unknown> }).add(added);
}
