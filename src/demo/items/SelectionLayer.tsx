// Outlines of the selected items, drawn above everything so none hides them.
import type { Drawable } from '../scene.ts';

export interface SelectionLayerProps {
  scene: readonly Drawable[];
  selected: ReadonlySet<string>;
  unitsPerPixel: number;
}

export function SelectionLayer({ scene, selected, unitsPerPixel }: SelectionLayerProps) {
  const gap = 4 * unitsPerPixel;
  return (
    <g className="demo-selection" pointerEvents="none">
      {(selected.size === 0 ? [] : scene).map((item) => {
        if (!selected.has(item.id)) return null;
        if (item.kind === 'connector') {
          const { from, to } = item;
          return <line key={item.id} data-selected-id={item.id} x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#4262ff" strokeWidth={4} vectorEffect="non-scaling-stroke" strokeOpacity={0.6} />;
        }
        const { box } = item;
        return (
          <rect
            key={item.id}
            data-selected-id={item.id}
            x={box.x - box.width / 2 - gap}
            y={box.y - box.height / 2 - gap}
            width={box.width + 2 * gap}
            height={box.height + 2 * gap}
            fill="none"
            stroke="#4262ff"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </g>
  );
}
