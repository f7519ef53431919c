// Level of detail: drawing thousands of SVG texts costs the browser far more
// than their boxes (measured: about 700 ms against 35 ms a frame for 1,800
// stickies). Text is drawn only where it can be read: on screen and not tiny.
// On a big board, items out of sight or too small to see are not drawn at all (drawnItems).
import type { Rect } from '@mirohq/websdk-types';
import type { Drawable } from './scene.ts';

/** Below this many pixels on screen a sticky's text (which shrinks to fit the note) cannot be read. */
export const MIN_TEXT_BOX_PX = 30;
/** A shape's text keeps its font size in a box sized for it (stage headers, legend swatches): it stays readable smaller. */
export const MIN_SHAPE_TEXT_BOX_PX = 12;
/** Below this font size in pixels a text item cannot be read. */
export const MIN_FONT_PX = 3;

function onScreen(visible: Rect, box: { x: number; y: number; width: number; height: number }): boolean {
  return (
    box.x + box.width / 2 >= visible.x &&
    box.x - box.width / 2 <= visible.x + visible.width &&
    box.y + box.height / 2 >= visible.y &&
    box.y - box.height / 2 <= visible.y + visible.height
  );
}

/** Whether the item's text is worth drawing in a view showing `visible` at `unitsPerPixel` board units a pixel. */
export function showsText(item: Drawable, visible: Rect, unitsPerPixel: number): boolean {
  if (item.kind === 'connector' || item.kind === 'frame') return true;
  if (!onScreen(visible, item.box)) return false;
  if (item.kind === 'text') return item.fontSize / unitsPerPixel >= MIN_FONT_PX;
  const minimum = item.kind === 'shape' ? MIN_SHAPE_TEXT_BOX_PX : MIN_TEXT_BOX_PX;
  return Math.min(item.box.width, item.box.height) / unitsPerPixel >= minimum;
}

/**
 * Below this many pixels on screen an item is not drawn at all. A 60,000-sticky
 * board fitted to the window made 60,000 SVG elements a few pixels wide: the
 * browser spent 55 s in one task laying them out. Zoomed in, they are drawn.
 */
export const MIN_DRAWN_PX = 4;

/** Whether the item is drawn in a view showing `visible`: frames and connectors always; others on screen and not a speck. */
export function drawsItem(item: Drawable, visible: Rect, unitsPerPixel: number): boolean {
  if (item.kind === 'connector' || item.kind === 'frame') return true;
  if (!onScreen(visible, item.box)) return false;
  return Math.max(item.box.width, item.box.height) / unitsPerPixel >= MIN_DRAWN_PX;
}

/** Up to this many items every one is drawn (its tooltip in the page too); beyond, only what can be seen. */
export const FULL_DRAW_LIMIT = 2000;

/** What the board view draws: a small board whole, a big one as far as `drawsItem` lets it. */
export function drawnItems(scene: readonly Drawable[], visible: Rect, unitsPerPixel: number): readonly Drawable[] {
  return scene.length <= FULL_DRAW_LIMIT ? scene : scene.filter((item) => drawsItem(item, visible, unitsPerPixel));
}
