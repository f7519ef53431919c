// One drawable, by kind; the exhaustive switch makes a new kind a type error here.
import type { Rect } from '@mirohq/websdk-types';
import { showsText } from '../lod.ts';
import type { Drawable } from '../scene.ts';
import { ConnectorLine } from './ConnectorLine.tsx';
import { FrameItem } from './FrameItem.tsx';
import { ShapeItem } from './ShapeItem.tsx';
import { StickyNote } from './StickyNote.tsx';
import { TextItem } from './TextItem.tsx';

export interface DrawingProps {
  item: Drawable;
  /** The board area on screen, and its scale: the text of items out of sight or too small is left out. */
  visible: Rect;
  unitsPerPixel: number;
}

export function Drawing({ item, visible, unitsPerPixel }: DrawingProps) {
  const showText = showsText(item, visible, unitsPerPixel);
  switch (item.kind) {
    case 'frame':
      return <FrameItem item={item} unitsPerPixel={unitsPerPixel} />;
    case 'sticky':
      return <StickyNote item={item} showText={showText} />;
    case 'shape':
      return <ShapeItem item={item} showText={showText} />;
    case 'text':
      return <TextItem item={item} showText={showText} />;
    case 'connector':
      return <ConnectorLine item={item} />;
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
}
