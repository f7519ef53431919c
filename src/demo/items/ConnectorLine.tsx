// A connector as a straight line between its ends, with an arrowhead unless its end cap is 'none'; a wider
// invisible stroke makes the thin line easy to click.
import { memo } from 'react';
import type { Drawable } from '../scene.ts';

type Connector = Extract<Drawable, { kind: 'connector' }>;

export const ARROW_MARKER_ID = 'demo-arrow';

export const ConnectorLine = memo(function ConnectorLine({ item }: { item: Connector }) {
  const { from, to } = item;
  return (
    <g data-item-id={item.id} data-item-type="connector" className="demo-item">
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="transparent" strokeWidth={12} vectorEffect="non-scaling-stroke" />
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke={item.color} strokeWidth={2} vectorEffect="non-scaling-stroke" markerEnd={item.arrow ? `url(#${ARROW_MARKER_ID})` : undefined} />
    </g>
  );
});

export function ArrowMarker() {
  return (
    <defs>
      <marker id={ARROW_MARKER_ID} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
        <path d="M 0 0 L 10 5 L 0 10 z" fill="#1a1a1a" />
      </marker>
    </defs>
  );
}
