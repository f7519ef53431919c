// One drawable, by kind; the exhaustive switch makes a new kind a type error here.
import type { Drawable } from '../scene.ts';
import { ConnectorLine } from './ConnectorLine.tsx';
import { FrameItem } from './FrameItem.tsx';
import { ShapeItem } from './ShapeItem.tsx';
import { StickyNote } from './StickyNote.tsx';
import { TextItem } from './TextItem.tsx';

export function Drawing({ item, unitsPerPixel }: { item: Drawable; unitsPerPixel: number }) {
  switch (item.kind) {
    case 'frame':
      return <FrameItem item={item} unitsPerPixel={unitsPerPixel} />;
    case 'sticky':
      return <StickyNote item={item} />;
    case 'shape':
      return <ShapeItem item={item} />;
    case 'text':
      return <TextItem item={item} />;
    case 'connector':
      return <ConnectorLine item={item} />;
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
}
