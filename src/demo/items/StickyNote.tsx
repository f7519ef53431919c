// A sticky note: its colour, its text fitted inside, its tags' titles small at the bottom.
// The full text rides along as the item's tooltip and accessible name: the drawing may cut it.
import { memo } from 'react';
import { textColorOn } from '../colors.ts';
import type { Drawable } from '../scene.ts';
import { CHAR_WIDTH, fitText, wrapText } from '../text-fit.ts';
import { TextLines } from './TextLines.tsx';

type Sticky = Extract<Drawable, { kind: 'sticky' }>;

function StickyText({ item }: { item: Sticky }) {
  const { box } = item;
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  const pad = box.width * 0.08;
  const tagSize = Math.max(8, box.width * 0.07);
  const tagLines = wrapText([item.tags.join(' · ')], (box.width - 2 * pad) / (tagSize * CHAR_WIDTH)).slice(0, 2);
  const tagHeight = tagLines.length * tagSize * 1.2;
  const textHeight = box.height - 2 * pad - tagHeight;
  const text = fitText(item.lines, { width: box.width - 2 * pad, height: textHeight, maxFontSize: box.width * 0.14, minFontSize: 6 });
  const ink = textColorOn(item.fill);
  return (
    <>
      <TextLines lines={text.lines} x={box.x} y={top + pad + textHeight / 2} fontSize={text.fontSize} color={ink} />
      {tagLines.length > 0 && (
        <TextLines lines={tagLines} x={left + pad} y={top + box.height - pad - tagHeight} fontSize={tagSize} color={ink} anchor="start" top lineHeight={1.2} />
      )}
    </>
  );
}

export const StickyNote = memo(function StickyNote({ item, showText }: { item: Sticky; showText: boolean }) {
  const { box, fill } = item;
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  return (
    <g data-item-id={item.id} data-item-type="sticky_note" className="demo-item">
      <title>{item.lines.join('\n')}</title>
      <rect x={left + 2} y={top + 4} width={box.width} height={box.height} fill="rgba(0,0,0,0.12)" />
      <rect x={left} y={top} width={box.width} height={box.height} fill={fill} />
      {showText && <StickyText item={item} />}
    </g>
  );
});
