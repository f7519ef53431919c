// Board units to pixels of the board element, for the HTML drawn over the
// drawing (the text box, the selection toolbar).
import type { Rect } from '@mirohq/websdk-types';
import type { Box } from '../../snapshot/geometry.ts';

export interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The pixel box of a board box (centre-based) in an element showing `visible` at `unitsPerPixel`. */
export function toPixels(box: Box, visible: Rect, unitsPerPixel: number): PixelBox {
  return {
    left: (box.x - box.width / 2 - visible.x) / unitsPerPixel,
    top: (box.y - box.height / 2 - visible.y) / unitsPerPixel,
    width: box.width / unitsPerPixel,
    height: box.height / unitsPerPixel,
  };
}
