// Each documented rule of docs/miro-board.md the in-memory board enforces: the
// failing side with its exact error text, and the passing side at the edge.
import { describe, expect, it } from 'vitest';
import type { ShapeItem, StickyNoteItem } from '../../src/board/port.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BoardRuleError } from '../../src/board/memory/rules.ts';
import { STICKY_COLORS } from '../../src/model/valence.ts';

const COLOR_LIST = 'gray, light_yellow, yellow, orange, light_green, green, dark_green, cyan, light_pink, pink, violet, red, light_blue, blue, dark_blue, black';

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BoardRuleError);
  return (error as Error).message;
}

describe('sticky note colours', () => {
  it('accepts each of the 16 named colours, on create and on sync', async () => {
    const board = new MemoryBoard();
    for (const fillColor of STICKY_COLORS) {
      const sticky = await board.createStickyNote({ style: { fillColor } });
      expect(sticky.style.fillColor).toBe(fillColor);
      sticky.style.fillColor = STICKY_COLORS[(STICKY_COLORS.indexOf(fillColor) + 1) % 16] as StickyNoteItem['style']['fillColor'];
      await sticky.sync();
    }
  });

  it('defaults to light_yellow', async () => {
    expect((await new MemoryBoard().createStickyNote({})).style.fillColor).toBe('light_yellow');
  });

  it('rejects hex and unknown names, on create and on sync', async () => {
    const board = new MemoryBoard();
    const create = board.createStickyNote({ style: { fillColor: '#ff0000' as never } });
    expect(await failure(create)).toBe(`Invalid sticky note fillColor "#ff0000": use one of ${COLOR_LIST}`);
    const sticky = await board.createStickyNote({});
    sticky.style.fillColor = 'Red' as never;
    expect(await failure(sticky.sync())).toBe(`Invalid sticky note fillColor "Red": use one of ${COLOR_LIST}`);
    expect(board.item(sticky.id)).toMatchObject({ style: { fillColor: 'light_yellow' } });
  });
});

describe('colours read from a board are not re-checked unless the app changes them', () => {
  it('syncs new text on a sticky whose colour Miro reported as "unknown", and on a shape with a named colour', async () => {
    const board = MemoryBoard.fromSnapshot({
      version: 1,
      items: [
        { id: 's', type: 'sticky_note', shape: 'square', x: 0, y: 0, width: 199, height: 228, content: '', style: { fillColor: 'unknown' }, tagIds: [] },
        { id: 'h', type: 'shape', shape: 'rectangle', x: 0, y: 0, width: 100, height: 100, content: '', style: { fillColor: 'light_gray' } },
      ],
      metadata: {},
    });
    const sticky = (await board.getById('s')) as StickyNoteItem;
    sticky.content = '😍 Loves it';
    await sticky.sync();
    expect(board.item('s')).toMatchObject({ content: '😍 Loves it', style: { fillColor: 'unknown' } });
    sticky.style.fillColor = 'purple' as never;
    expect(await failure(sticky.sync())).toBe(`Invalid sticky note fillColor "purple": use one of ${COLOR_LIST}`);
    const shape = (await board.getById('h')) as ShapeItem;
    shape.content = '<p>Discover</p>';
    await shape.sync();
    shape.style.fillColor = 'dark_gray';
    expect(await failure(shape.sync())).toBe('Invalid fillColor "dark_gray": use a hex colour such as #1a2b3c');
  });
});

describe('sticky note size: width or height, not both', () => {
  it('keeps the aspect ratio from the one side given', async () => {
    const board = new MemoryBoard();
    expect(await board.createStickyNote({})).toMatchObject({ width: 199, height: 228 });
    expect(await board.createStickyNote({ shape: 'rectangle' })).toMatchObject({ width: 350, height: 228 });
    expect(await board.createStickyNote({ width: 398 })).toMatchObject({ width: 398, height: 456 });
    expect(await board.createStickyNote({ height: 114 })).toMatchObject({ width: 99.5, height: 114 });
  });

  it('rejects both on create, and both changed on sync', async () => {
    const board = new MemoryBoard();
    expect(await failure(board.createStickyNote({ width: 200, height: 200 }))).toBe('Change either "width", or "height". It\'s not possible to change both properties at the same time.');
    const sticky = await board.createStickyNote({});
    sticky.width = 300;
    sticky.height = 300;
    expect(await failure(sticky.sync())).toBe('Change either "width", or "height". It\'s not possible to change both properties at the same time.');
  });

  it('resizes by the one side changed on sync', async () => {
    const board = new MemoryBoard();
    const sticky = await board.createStickyNote({});
    sticky.width = 398;
    await sticky.sync();
    expect(board.item(sticky.id)).toMatchObject({ width: 398, height: 456 });
  });
});

describe('content length: under 6,000 characters', () => {
  it('accepts 5,999 and rejects 6,000 on stickies, shapes and text', async () => {
    const board = new MemoryBoard();
    const fits = 'a'.repeat(5999);
    const tooLong = 'a'.repeat(6000);
    await board.createStickyNote({ content: fits });
    await board.createShape({ content: fits });
    await board.createText({ content: fits });
    const text = 'Content is too long: 6000 characters (fewer than 6000 allowed)';
    expect(await failure(board.createStickyNote({ content: tooLong }))).toBe(text);
    expect(await failure(board.createShape({ content: tooLong }))).toBe(text);
    expect(await failure(board.createText({ content: tooLong }))).toBe(text);
  });

  it('rejects too long content on sync and keeps the old content', async () => {
    const board = new MemoryBoard();
    const shape = await board.createShape({ content: '<p>Awareness</p>' });
    shape.content = 'b'.repeat(7000);
    expect(await failure(shape.sync())).toBe('Content is too long: 7000 characters (fewer than 6000 allowed)');
    expect(board.item(shape.id)).toMatchObject({ content: '<p>Awareness</p>' });
  });

  it('lets the app recolour a sticky whose stored content is already too long (it did not write it)', async () => {
    const long = 'c'.repeat(7000);
    const board = MemoryBoard.fromSnapshot({
      version: 1,
      items: [{ id: 's1', type: 'sticky_note', shape: 'square', x: 0, y: 0, width: 199, height: 228, content: long, tagIds: [] }],
      metadata: {},
    });
    const sticky = await board.getById('s1');
    if (sticky.type !== 'sticky_note' || !('style' in sticky)) throw new Error('expected a sticky note');
    sticky.style.fillColor = 'red';
    await sticky.sync();
    expect(board.item('s1')).toMatchObject({ content: long, style: { fillColor: 'red' } });
  });
});

describe('item metadata ≤ 6 KB, app data ≤ 30 KB (UTF-8 JSON); none on frames', () => {
  it('accepts item metadata of exactly 6,144 bytes and rejects 6,145', async () => {
    const board = new MemoryBoard();
    const sticky = await board.createStickyNote({});
    // {"k":"…"} is 8 bytes around the value.
    await sticky.setMetadata('k', 'x'.repeat(6136));
    expect(await sticky.getMetadata('k')).toBe('x'.repeat(6136));
    expect(await failure(sticky.setMetadata('k', 'x'.repeat(6137)))).toBe('The data storage limit for "metadata" has been exceeded. (6145 bytes; the limit is 6144)');
    expect(await sticky.getMetadata('k')).toBe('x'.repeat(6136));
  });

  it('counts bytes, not characters, and all keys of the item together', async () => {
    const board = new MemoryBoard();
    const sticky = await board.createStickyNote({});
    await sticky.setMetadata('a', 'é'.repeat(3000)); // {"a":"éé…"}: 8 + 6000 bytes
    expect(await failure(sticky.setMetadata('b', 'x'.repeat(130)))).toBe('The data storage limit for "metadata" has been exceeded. (6145 bytes; the limit is 6144)');
    await sticky.setMetadata('b', 'x'.repeat(129));
    expect(await sticky.getMetadata()).toEqual({ a: 'é'.repeat(3000), b: 'x'.repeat(129) });
  });

  it('keeps metadata per item', async () => {
    const board = new MemoryBoard();
    const one = await board.createStickyNote({});
    const two = await board.createStickyNote({});
    await one.setMetadata('k', 'x'.repeat(248));
    await two.setMetadata('k', 'y'.repeat(248));
    expect(await two.getMetadata('k')).toBe('y'.repeat(248));
    expect(await one.getMetadata('missing')).toBeNull();
  });

  it('refuses getMetadata and setMetadata on a frame and on an unsupported item, although the types allow them', async () => {
    const board = MemoryBoard.fromSnapshot({ version: 1, items: [{ id: 'g', type: 'group' }], metadata: {} } as never);
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const text = (type: string) => `Cannot use item metadata on a ${type}: getMetadata and setMetadata aren't available for frames, groups and unsupported items.`;
    expect(await failure(frame.setMetadata('k', 1))).toBe(text('frame'));
    expect(await failure(frame.getMetadata())).toBe(text('frame'));
    const [group] = await board.get({ id: 'g' });
    expect(await failure((group as typeof frame).getMetadata())).toBe(text('group'));
  });

  it('accepts app data of exactly 30,720 bytes and rejects 30,721', async () => {
    const board = new MemoryBoard();
    await board.setAppData('k', 'x'.repeat(30_712));
    expect(await board.getAppData('k')).toBe('x'.repeat(30_712));
    expect(await failure(board.setAppData('k', 'x'.repeat(30_713)))).toBe('The data storage limit for "appData" has been exceeded. (30721 bytes; the limit is 30720)');
    expect(await board.getAppData('missing')).toBeNull();
  });
});

describe('tags', () => {
  it('defaults to red and accepts every tag colour', async () => {
    const board = new MemoryBoard();
    expect(await board.createTag({ title: 'channel: email' })).toMatchObject({ title: 'channel: email', color: 'red' });
    expect(await board.createTag({ title: 'b', color: 'dark_gray' })).toMatchObject({ color: 'dark_gray' });
    expect(await failure(board.createTag({ title: 'c', color: 'pink' as never }))).toBe(
      'Invalid tag color "pink": use one of red, magenta, violet, light_green, green, dark_green, cyan, blue, dark_blue, yellow, gray, black, dark_gray',
    );
  });

  it('titles are unique and case-sensitive, at most 120 characters, not empty', async () => {
    const board = new MemoryBoard();
    await board.createTag({ title: 'Owner: sales' });
    await board.createTag({ title: 'owner: sales' });
    expect(await failure(board.createTag({ title: 'Owner: sales' }))).toBe('A tag titled "Owner: sales" already exists on this board');
    await board.createTag({ title: 't'.repeat(120) });
    expect(await failure(board.createTag({ title: 'u'.repeat(121) }))).toBe('Tag title is too long: 121 characters (at most 120)');
    expect(await failure(board.createTag({ title: '' }))).toBe('A tag needs a title');
  });

  it('a renamed tag must keep a unique title', async () => {
    const board = new MemoryBoard();
    await board.createTag({ title: 'a' });
    const tag = await board.createTag({ title: 'b' });
    tag.title = 'b';
    await tag.sync();
    tag.title = 'a';
    expect(await failure(tag.sync())).toBe('A tag titled "a" already exists on this board');
  });

  it('holds at most 100 tags a board', async () => {
    const board = new MemoryBoard();
    for (let index = 0; index < 100; index++) await board.createTag({ title: `tag ${index}` });
    expect(await failure(board.createTag({ title: 'one more' }))).toBe('A board holds at most 100 tags');
  });

  it('a sticky holds at most 8 tags, all existing', async () => {
    const board = new MemoryBoard();
    const tags = await Promise.all(Array.from({ length: 9 }, (_, index) => board.createTag({ title: `t${index}` })));
    const ids = tags.map((tag) => tag.id);
    const sticky = await board.createStickyNote({ tagIds: ids.slice(0, 8) });
    expect(sticky.tagIds).toEqual(ids.slice(0, 8));
    expect(await failure(board.createStickyNote({ tagIds: ids }))).toBe('An item holds at most 8 tags');
    sticky.tagIds = ids;
    expect(await failure(sticky.sync())).toBe('An item holds at most 8 tags');
    expect(await failure(board.createStickyNote({ tagIds: ['nope'] }))).toBe('Tag not found: nope');
  });
});

describe('connectors', () => {
  it('need both ends attached to existing items', async () => {
    const board = new MemoryBoard();
    const a = await board.createShape({});
    const b = await board.createShape({ x: 300 });
    const connector = await board.createConnector({ start: { item: a.id }, end: { item: b.id, snapTo: 'left' } });
    expect(connector).toMatchObject({ start: { item: a.id }, end: { item: b.id, snapTo: 'left' } });
    const ends = 'A connector needs both start and end attached to an item';
    expect(await failure(board.createConnector({ start: { item: a.id } }))).toBe(ends);
    expect(await failure(board.createConnector({ end: { item: a.id } }))).toBe(ends);
    expect(await failure(board.createConnector({ start: { item: a.id }, end: { item: 'gone' } }))).toBe('Cannot find the item with ID: gone.');
    connector.end = undefined;
    expect(await failure(connector.sync())).toBe(ends);
  });
});

describe('frames, shapes and text', () => {
  it('frames are at least 100×100', async () => {
    const board = new MemoryBoard();
    await board.createFrame({ width: 100, height: 100 });
    expect(await failure(board.createFrame({ width: 99, height: 500 }))).toBe('A frame must be at least 100×100');
    const frame = await board.createFrame({});
    frame.height = 50;
    expect(await failure(frame.sync())).toBe('A frame must be at least 100×100');
  });

  it('take hex colours (or transparent), not sticky colour names', async () => {
    const board = new MemoryBoard();
    await board.createShape({ style: { fillColor: '#F2F2F2', borderColor: 'transparent', color: '#123' } });
    await board.createFrame({ style: { fillColor: '#ffffff' } });
    expect(await failure(board.createShape({ style: { fillColor: 'light_green' } }))).toBe('Invalid fillColor "light_green": use a hex colour such as #1a2b3c');
    expect(await failure(board.createText({ style: { color: 'black' } }))).toBe('Invalid color "black": use a hex colour such as #1a2b3c');
    expect(await failure(board.createFrame({ style: { fillColor: '#12345' } }))).toBe('Invalid fillColor "#12345": use a hex colour such as #1a2b3c');
  });

  it("a shape's width and height are read-only after creation", async () => {
    const board = new MemoryBoard();
    const shape = await board.createShape({ width: 400, height: 90 });
    expect(shape).toMatchObject({ width: 400, height: 90 });
    (shape as { width: number }).width = 500;
    expect(await failure(shape.sync())).toBe('Cannot change this property, because it\'s read-only: "width and height of a shape"');
  });

  it('positions and sizes are finite numbers', async () => {
    const board = new MemoryBoard();
    expect(await failure(board.createShape({ x: Number.NaN }))).toBe('x must be a finite number');
    expect(await failure(board.createStickyNote({ y: Number.POSITIVE_INFINITY }))).toBe('y must be a finite number');
    const text = await board.createText({ x: 1e9 });
    text.x = Number.NaN;
    expect(await failure(text.sync())).toBe('x must be a finite number');
  });
});
