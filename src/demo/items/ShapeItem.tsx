// A shape: its outline (rectangles, circles, polygons; other kinds as a rectangle) and its text.
import { memo } from 'react';
import { textColorOn } from '../colors.ts';
import type { Drawable } from '../scene.ts';
import { outlinePoints } from '../shape-outline.ts';
import { fitText } from '../text-fit.ts';
import { TextLines } from './TextLines.tsx';

type Shape = Extract<Drawable, { kind: 'shape' }>;

function Outline({ item }: { item: Shape }) {
  const { box } = item;
  const paint = { fill: item.fill ?? 'none', stroke: item.stroke, strokeWidth: 1.5, vectorEffect: 'non-scaling-stroke' as const };
  if (item.shape === 'circle') return <ellipse cx={box.x} cy={box.y} rx={box.width / 2} ry={box.height / 2} {...paint} />;
  const points = outlinePoints(item.shape, box);
  if (points !== undefined) return <polygon points={points} {...paint} />;
  const radius = item.shape === 'round_rectangle' ? Math.min(box.width, box.height) * 0.15 : 0;
  return <rect x={box.x - box.width / 2} y={box.y - box.height / 2} width={box.width} height={box.height} rx={radius} {...paint} />;
}

function ShapeText({ item }: { item: Shape }) {
  const { box } = item;
  const pad = Math.min(box.width, box.height) * 0.08;
  const text = fitText(item.lines, { width: box.width - 2 * pad, height: box.height - 2 * pad, maxFontSize: 28, minFontSize: 6 });
  return <TextLines lines={text.lines} x={box.x} y={box.y} fontSize={text.fontSize} color={textColorOn(item.fill ?? '#ffffff')} />;
}

export const ShapeItem = memo(function ShapeItem({ item, showText }: { item: Shape; showText: boolean }) {
  const { box } = item;
  const transform = item.rotation === 0 ? undefined : `rotate(${item.rotation} ${box.x} ${box.y})`;
  return (
    <g data-item-id={item.id} data-item-type="shape" className="demo-item" transform={transform}>
      <title>{item.lines.join('\n')}</title>
      <Outline item={item} />
      {showText && <ShapeText item={item} />}
    </g>
  );
});
