// What the demo draws from a board: every drawable item once, frame children
// at board positions, sticky colours and tags, connectors between their items.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshotText, type SnapshotItem } from '../../src/snapshot/snapshot.ts';
import { STICKY_HEX } from '../../src/model/sticky-hex.ts';
import { buildScene, edgePoint, sceneBounds, type Drawable } from '../../src/demo/scene.ts';

function coffeeItems(): SnapshotItem[] {
  const parsed = parseSnapshotText(readFileSync(new URL('../../src/demo/examples/board-handmade-coffee.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot.items;
}

const byId = (scene: Drawable[], id: string) => scene.find((drawable) => drawable.id === id);

describe('buildScene on the hand-made coffee board', () => {
  const items = coffeeItems();
  const scene = buildScene(items);

  it('draws every item but tags, each once, frames first', () => {
    const drawable = items.filter((item) => item.type !== 'tag').map((item) => item.id);
    expect(scene.map((item) => item.id).sort()).toEqual([...drawable].sort());
    expect(scene[0]?.kind).toBe('frame');
    expect(scene.filter((item) => item.kind === 'sticky')).toHaveLength(6);
  });

  it('places frame children from the frame top-left corner', () => {
    // Frame centre (1000, 500), 2000 × 1300: top-left corner (0, -150).
    const header = byId(scene, 'cs-h0');
    expect(header?.kind === 'shape' && header.box).toEqual({ x: 470, y: 100, width: 400, height: 90 });
    expect(header?.kind === 'shape' && header.lines).toEqual(['Discover']);
  });

  it('paints stickies in their colour and lists their tags', () => {
    const note = byId(scene, 'cs-1');
    expect(note?.kind).toBe('sticky');
    if (note?.kind !== 'sticky') return;
    expect(note.fill).toBe(STICKY_HEX.light_green);
    expect(note.tags).toEqual(['channel: social', 'owner: marketing']);
    expect(note.lines).toEqual(['Sees an Instagram ad']);
  });
});

describe('buildScene', () => {
  const frame: SnapshotItem = { id: 'f', type: 'frame', title: 'F', x: 0, y: 0, width: 1000, height: 1000 };
  const a: SnapshotItem = { id: 'a', type: 'shape', shape: 'rectangle', x: -200, y: 0, width: 100, height: 100, content: '' };
  const b: SnapshotItem = { id: 'b', type: 'shape', shape: 'rectangle', x: 200, y: 0, width: 100, height: 100, content: '' };

  it('shows an unknown sticky colour as the default one, and a named shape colour as none', () => {
    const scene = buildScene([
      { id: 's', type: 'sticky_note', shape: 'square', x: 0, y: 0, width: 199, height: 228, content: '', style: { fillColor: '#ff0000' }, tagIds: ['missing'] },
      { ...a, style: { fillColor: 'light_green' } },
    ]);
    expect(scene[0]?.kind === 'sticky' && scene[0]).toMatchObject({ fill: STICKY_HEX.light_yellow, tags: [] });
    expect(scene[1]?.kind === 'shape' && scene[1].fill).toBeUndefined();
  });

  it('draws a connector from edge to edge, under the items it joins', () => {
    const scene = buildScene([a, b, { id: 'c', type: 'connector', start: { item: 'a' }, end: { item: 'b' } }]);
    expect(scene.map((item) => item.id)).toEqual(['c', 'a', 'b']);
    expect(scene[0]).toMatchObject({ kind: 'connector', from: { x: -150, y: 0 }, to: { x: 150, y: 0 }, arrow: true });
  });

  it('draws no arrowhead on a connector whose end cap is none (the emotion curve)', () => {
    const scene = buildScene([a, b, { id: 'c', type: 'connector', start: { item: 'a' }, end: { item: 'b' }, style: { endStrokeCap: 'none' } }]);
    expect(scene[0]).toMatchObject({ kind: 'connector', arrow: false });
  });

  it('attaches a connector at a relative position when it has one, and skips one with a missing end', () => {
    const scene = buildScene([a, b, { id: 'c', type: 'connector', start: { item: 'a', position: { x: 1, y: 0 } }, end: { item: 'b', position: { x: 0, y: 1 } } }, { id: 'd', type: 'connector', start: { item: 'a' }, end: { item: 'gone' } }]);
    expect(scene.find((item) => item.id === 'c')).toMatchObject({ from: { x: -150, y: -50 }, to: { x: 150, y: 50 } });
    expect(scene.find((item) => item.id === 'd')).toBeUndefined();
  });

  it('skips items it cannot place and keeps unknown ones out of the drawing', () => {
    const scene = buildScene([frame, { id: 'img', type: 'image', parentId: 'f' } as SnapshotItem, { id: 't', type: 'tag', title: 'x' }]);
    expect(scene.map((item) => item.id)).toEqual(['f']);
  });

  it('reads rotation and text size given as numbers or numeric strings', () => {
    const scene = buildScene([
      { ...a, rotation: -30 },
      { id: 't', type: 'text', x: 0, y: 0, width: 300, content: '<p>Hi</p>', style: { fontSize: '24' } },
      { id: 'u', type: 'text', x: 0, y: 0, width: 300, content: '<p>Hi</p>', style: { fontSize: 'big' } },
    ]);
    expect(scene[0]?.kind === 'shape' && scene[0].rotation).toBe(-30);
    expect(scene.slice(1).map((item) => item.kind === 'text' && item.fontSize)).toEqual([24, 14]);
  });

  it('bounds the whole scene', () => {
    expect(sceneBounds(buildScene([a, b]))).toEqual({ x: 0, y: 0, width: 500, height: 100 });
    expect(sceneBounds([])).toBeUndefined();
  });
});

describe('edgePoint', () => {
  it('is on the box border, toward the target', () => {
    const box = { x: 0, y: 0, width: 200, height: 100 };
    expect(edgePoint(box, { x: 1000, y: 0 })).toEqual({ x: 100, y: 0 });
    expect(edgePoint(box, { x: 0, y: -1000 })).toEqual({ x: 0, y: -50 });
    expect(edgePoint(box, { x: 10, y: 0 })).toEqual({ x: 10, y: 0 });
  });
});
