// A text item: its lines wrapped to its width, from its top-left corner.
import { memo } from 'react';
import type { Drawable } from '../scene.ts';
import { CHAR_WIDTH, wrapText } from '../text-fit.ts';
import { TextLines } from './TextLines.tsx';

type Text = Extract<Drawable, { kind: 'text' }>;

export const TextItem = memo(function TextItem({ item, showText }: { item: Text; showText: boolean }) {
  const { box, fontSize } = item;
  const lines = wrapText(item.lines, box.width / (fontSize * CHAR_WIDTH));
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  return (
    <g data-item-id={item.id} data-item-type="text" className="demo-item">
      <title>{item.lines.join('\n')}</title>
      <rect x={left} y={top} width={box.width} height={Math.max(box.height, lines.length * fontSize * 1.25)} fill="transparent" />
      {showText && <TextLines lines={lines} x={left} y={top} fontSize={fontSize} color={item.color} anchor="start" top />}
    </g>
  );
});
