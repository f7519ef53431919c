// Text is drawn only where it can be read: on screen and large enough.
import { describe, expect, it } from 'vitest';
import { drawnItems, drawsItem, FULL_DRAW_LIMIT, MIN_DRAWN_PX, MIN_FONT_PX, MIN_SHAPE_TEXT_BOX_PX, MIN_TEXT_BOX_PX, showsText } from '../../src/demo/lod.ts';
import type { Drawable } from '../../src/demo/scene.ts';

const sticky: Drawable = { kind: 'sticky', id: 's', box: { x: 0, y: 0, width: 200, height: 200 }, lines: ['Hi'], fill: '#fff9b1', tags: [] };
const text: Drawable = { kind: 'text', id: 't', box: { x: 0, y: 0, width: 300, height: 20 }, lines: ['Hi'], fontSize: 15, color: '#1a1a1a' };
const frame: Drawable = { kind: 'frame', id: 'f', box: { x: 5000, y: 5000, width: 10, height: 10 }, title: 'F', fill: '#ffffff' };
const view = { x: -500, y: -500, width: 1000, height: 1000 };

describe('showsText', () => {
  it('draws a shape\'s text (a stage header, a legend swatch) down to a smaller size than a sticky\'s', () => {
    const header: Drawable = { kind: 'shape', id: 'h', box: { x: 0, y: 0, width: 400, height: 100 }, shape: 'round_rectangle', lines: ['Discover'], fill: '#3a3f8f', stroke: '#3a3f8f', rotation: 0 };
    expect(showsText(header, view, 100 / MIN_SHAPE_TEXT_BOX_PX)).toBe(true);
    expect(showsText(header, view, 100 / MIN_SHAPE_TEXT_BOX_PX + 0.01)).toBe(false);
    expect(showsText({ ...sticky, box: { ...sticky.box, height: 100, width: 100 } }, view, 100 / MIN_SHAPE_TEXT_BOX_PX)).toBe(false);
  });
  it('draws the text of an item large enough on screen', () => {
    expect(showsText(sticky, view, 200 / MIN_TEXT_BOX_PX)).toBe(true);
    expect(showsText(sticky, view, 200 / MIN_TEXT_BOX_PX + 0.01)).toBe(false);
    expect(showsText(text, view, 15 / MIN_FONT_PX)).toBe(true);
    expect(showsText(text, view, 15 / MIN_FONT_PX + 0.01)).toBe(false);
  });

  it('leaves out the text of items out of sight, even partly visible ones keep it', () => {
    expect(showsText({ ...sticky, box: { ...sticky.box, x: 1000 } }, view, 1)).toBe(false);
    expect(showsText({ ...sticky, box: { ...sticky.box, x: 590 } }, view, 1)).toBe(true);
  });

  it('always draws frame titles', () => {
    expect(showsText(frame, view, 1000)).toBe(true);
  });
});

describe('drawsItem', () => {
  it('draws frames and connectors always, other items only on screen and at least MIN_DRAWN_PX big', () => {
    expect(drawsItem(frame, view, 1000)).toBe(true);
    expect(drawsItem(sticky, view, 200 / MIN_DRAWN_PX)).toBe(true);
    expect(drawsItem(sticky, view, 200 / MIN_DRAWN_PX + 0.01)).toBe(false);
    expect(drawsItem({ ...sticky, box: { ...sticky.box, x: 1000 } }, view, 1)).toBe(false);
    expect(drawsItem({ ...sticky, box: { ...sticky.box, x: 590 } }, view, 1)).toBe(true);
  });
});

describe('drawnItems', () => {
  it('draws a board of up to FULL_DRAW_LIMIT items whole, off-screen ones included; culls a bigger one', () => {
    const away = { ...sticky, box: { ...sticky.box, x: 5000 } };
    expect(drawnItems([sticky, away], view, 1)).toEqual([sticky, away]);
    const big = Array.from({ length: FULL_DRAW_LIMIT }, (_, index) => ({ ...sticky, id: `s${index}` }));
    expect(drawnItems([...big, away], view, 1)).toHaveLength(FULL_DRAW_LIMIT);
  });
});
