// The behaviours of Miro's board that the app relies on, one case each, each
// citing where Miro's reference says so (docs/miro-board.md lists them with
// their sources). A case works inside the scratch frame and returns what the
// board did; it throws `ContractBreach` when the board does otherwise.
import { classifyError, errorMessage, type ErrorKind } from '../errors.ts';
import type { BoardItem } from '../port.ts';
import type { Scratch } from './scratch.ts';

export class ContractBreach extends Error {
  override name = 'ContractBreach';
}

export interface ContractCase {
  id: string;
  behaviour: string;
  /** What Miro's reference says, and where (section of docs/miro-board.md, Miro page). */
  reference: string;
  source: string;
  /** Safe to run on a real board: touches only the scratch frame and what the check makes. */
  realSafe: boolean;
  run(scratch: Scratch): Promise<string>;
}

/** Runs `call`, which must fail with an error of `kind`; returns its text. */
async function mustFail(call: () => Promise<unknown>, kind: ErrorKind | 'any'): Promise<string> {
  try {
    await call();
  } catch (error) {
    const found = classifyError(error);
    if (kind !== 'any' && found.kind !== kind) throw new ContractBreach(`failed, but not as "${kind}": ${errorMessage(error)}`);
    return `refused: ${found.message}`;
  }
  throw new ContractBreach('the call succeeded');
}

const sticky = (scratch: Scratch, at: { x: number; y: number }) =>
  scratch.board.createStickyNote({ x: scratch.left + at.x, y: scratch.top + at.y, content: '<p>board check</p>' }).then(scratch.made);

export const CONTRACT_CASES: readonly ContractCase[] = [
  {
    id: 'frame-metadata-refused',
    behaviour: 'getMetadata / setMetadata on a frame',
    reference: 'not available for frames, groups and unsupported items, although the types allow the call',
    source: 'Metadata and storage · websdk-reference-frame',
    realSafe: true,
    run: (scratch) => mustFail(() => scratch.frame.setMetadata('boardCheck', { probe: true }), 'any'),
  },
  {
    id: 'item-metadata-6kb',
    behaviour: 'item metadata of 6,000 bytes on a sticky note',
    reference: '6 KB per item',
    source: 'Metadata and storage · websdk-reference-sticky-note',
    realSafe: true,
    run: async (scratch) => {
      const note = await sticky(scratch, { x: 200, y: 200 });
      await note.setMetadata('boardCheck', 'x'.repeat(5_990));
      const back = await note.getMetadata('boardCheck');
      if (back !== 'x'.repeat(5_990)) throw new ContractBreach('read back something else');
      return 'stored and read back';
    },
  },
  {
    id: 'frame-add-relative',
    behaviour: 'frame.add keeps the item in place; x/y become relative to the frame’s top-left corner',
    reference: 'the item must lie inside the frame; afterwards x/y are relative to its top-left corner',
    source: 'Items · websdk-reference-frame',
    realSafe: true,
    run: async (scratch) => {
      const note = await sticky(scratch, { x: 600, y: 300 });
      await scratch.frame.add(note);
      const back = (await scratch.board.getById(note.id)) as BoardItem & { x: number; y: number; parentId?: unknown };
      if (back.parentId !== scratch.frame.id) throw new ContractBreach(`parentId is ${String(back.parentId)}`);
      if (Math.abs(back.x - 600) > 1 || Math.abs(back.y - 300) > 1) throw new ContractBreach(`x/y read ${back.x}, ${back.y}; expected 600, 300`);
      return `parentId set; x/y ${back.x}, ${back.y}`;
    },
  },
  {
    id: 'frame-add-outside',
    behaviour: 'frame.add of an item outside the frame',
    reference: '"Cannot set item … as a child, because the item isn\'t inside the parent frame."',
    source: 'Items · Errors',
    realSafe: true,
    run: async (scratch) => {
      const note = await sticky(scratch, { x: -400, y: 300 });
      return mustFail(() => scratch.frame.add(note), 'not-in-frame');
    },
  },
  {
    id: 'sticky-width-and-height',
    behaviour: 'a sticky note created with both width and height',
    reference: 'width or height, not both',
    source: 'Geometry · websdk-reference-sticky-note',
    realSafe: true,
    run: (scratch) => mustFail(() => scratch.board.createStickyNote({ x: scratch.left + 200, y: scratch.top + 600, width: 200, height: 200 }).then(scratch.made), 'any'),
  },
  {
    id: 'text-height-computed',
    behaviour: 'text: height at creation refused; computed otherwise',
    reference: 'height is read-only, computed from content and font size',
    source: 'Geometry · websdk-reference-text',
    realSafe: true,
    run: async (scratch) => {
      const at = { x: scratch.left + 1200, y: scratch.top + 600 };
      const refused = await mustFail(() => scratch.board.createText({ ...at, width: 200, height: 300, content: '<p>x</p>' } as never).then(scratch.made), 'any');
      const text = await scratch.board.createText({ ...at, width: 200, content: '<p>board check</p>' }).then(scratch.made);
      if (!(text.height > 0)) throw new ContractBreach(`height ${text.height}`);
      return `${refused}; computed height ${text.height}`;
    },
  },
  {
    id: 'frame-z-order-refused',
    behaviour: 'bringToFront with a frame',
    reference: 'frames are always at the back: z-order calls with a frame throw',
    source: 'Items · websdk-reference-board',
    realSafe: true,
    run: (scratch) => mustFail(() => scratch.board.bringToFront(scratch.frame), 'any'),
  },
  {
    id: 'select-unknown-id',
    behaviour: 'select({ id }) with an id not on the board',
    reference: 'an unknown id throws',
    source: 'Items · websdk-reference-board',
    realSafe: true,
    run: (scratch) => mustFail(() => scratch.board.select({ id: '3458764000000000000' }), 'any'),
  },
  {
    id: 'removed-item-not-found',
    behaviour: 'getById of an item just removed',
    reference: '"Can not retrieve item with id …" (a not-found text)',
    source: 'Errors',
    realSafe: true,
    run: async (scratch) => {
      const note = await sticky(scratch, { x: 1800, y: 200 });
      await scratch.board.remove(note);
      scratch.gone(note.id);
      return mustFail(() => scratch.board.getById(note.id), 'not-found');
    },
  },
  {
    id: 'connector-goes-with-its-end',
    behaviour: 'removing an item removes the connectors attached to it',
    reference: 'removing an end item removes the connector',
    source: 'Items · websdk-reference-connector',
    realSafe: true,
    run: async (scratch) => {
      const [a, b] = [await sticky(scratch, { x: 1800, y: 800 }), await sticky(scratch, { x: 2200, y: 800 })];
      const link = scratch.made(await scratch.board.createConnector({ start: { item: a.id }, end: { item: b.id } }));
      await scratch.board.remove(a);
      scratch.gone(a.id);
      const left = await scratch.board.get({ id: link.id });
      if (left.length > 0) throw new ContractBreach('the connector is still there');
      scratch.gone(link.id);
      return 'connector removed';
    },
  },
  {
    id: 'find-empty-space',
    behaviour: 'findEmptySpace next to the scratch frame',
    reference: 'returns a Rect where the box fits near the asked point',
    source: 'Items · websdk-reference-board',
    realSafe: true,
    run: async (scratch) => {
      const { frame } = scratch;
      const space = await scratch.board.findEmptySpace({ x: frame.x, y: frame.y, width: 500, height: 500 });
      if (![space.x, space.y, space.width, space.height].every(Number.isFinite)) throw new ContractBreach(`not finite: ${JSON.stringify(space)}`);
      const clear = Math.abs(space.x - frame.x) * 2 >= space.width + frame.width || Math.abs(space.y - frame.y) * 2 >= space.height + frame.height;
      if (!clear) throw new ContractBreach(`overlaps the scratch frame: ${JSON.stringify(space)}`);
      return `centre ${Math.round(space.x)}, ${Math.round(space.y)}`;
    },
  },
  {
    id: 'storage-round-trip',
    behaviour: 'storage.collection: set, get, onValue at once, remove',
    reference: 'get/set/remove/onValue/offValue; onValue fires at once with the current value',
    source: 'Metadata and storage · storage',
    realSafe: true,
    run: async (scratch) => {
      const collection = scratch.board.storage.collection('boardCheck');
      await collection.set('probe', { n: 1 });
      const seen: unknown[] = [];
      const handler = (value: unknown) => void seen.push(value);
      await collection.onValue('probe', handler);
      await collection.offValue('probe', handler);
      const value = await collection.get('probe');
      await collection.remove('probe');
      if (JSON.stringify(value) !== '{"n":1}' || JSON.stringify(seen[0]) !== '{"n":1}') throw new ContractBreach(`read ${JSON.stringify(value)}, onValue ${JSON.stringify(seen)}`);
      return 'round trip; onValue fired at once';
    },
  },
  {
    id: 'storage-64kb',
    behaviour: 'storage.collection: a value over 64 KB',
    reference: '64 KB per key; over a limit: "The data storage limit for … has been exceeded."',
    source: 'Metadata and storage · storage',
    realSafe: true,
    run: (scratch) => mustFail(() => scratch.board.storage.collection('boardCheck').set('probe', 'x'.repeat(70_000)), 'storage-limit'),
  },
  {
    id: 'select-everything',
    behaviour: 'select() with no filter',
    reference: 'selects every item on the board',
    source: 'Items · websdk-reference-board',
    // On a real board this selects everything the team drew: not run there.
    realSafe: false,
    run: async (scratch) => {
      const all = await scratch.board.get();
      const selected = await scratch.board.select();
      await scratch.board.deselect();
      if (selected.length !== all.length) throw new ContractBreach(`selected ${selected.length} of ${all.length}`);
      return `selected all ${selected.length}`;
    },
  },
];
