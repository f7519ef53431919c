// A frame: a white area with its title above the top-left corner, at a size
// that stays readable whatever the zoom (as in Miro).
import { memo } from 'react';
import type { Drawable } from '../scene.ts';
import { TextLines } from './TextLines.tsx';

type Frame = Extract<Drawable, { kind: 'frame' }>;

export interface FrameItemProps {
  item: Frame;
  /** Board units per screen pixel. */
  unitsPerPixel: number;
}

export const FrameItem = memo(function FrameItem({ item, unitsPerPixel }: FrameItemProps) {
  const { box } = item;
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  const titleSize = 13 * unitsPerPixel;
  return (
    <g data-item-id={item.id} data-item-type="frame" className="demo-item">
      <rect x={left} y={top} width={box.width} height={box.height} fill={item.fill} stroke="#c7c7cc" strokeWidth={1} vectorEffect="non-scaling-stroke" />
      {item.title !== '' && (
        <TextLines lines={[item.title]} x={left} y={top - titleSize * 1.6} fontSize={titleSize} color="#4b4b55" anchor="start" top />
      )}
    </g>
  );
});
