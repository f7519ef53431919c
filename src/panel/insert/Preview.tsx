// A small drawing of the map the Insert button will make: the layout's own
// plan, scaled to the panel. Text is drawn only for stage names, as React text.
import { useMemo } from 'react';
import { STICKY_HEX } from '../../model/sticky-hex.ts';
import { layoutJourney } from '../../layout/layout.ts';
import type { PlanItem } from '../../layout/plan.ts';
import { htmlToText } from '../../model/html.ts';
import type { Journey } from '../../model/journey.ts';

function fillOf(item: PlanItem): string {
  if (item.type === 'sticky_note') return STICKY_HEX[item.style.fillColor];
  if (item.type === 'shape') return item.style.fillColor;
  return '#c9c9d6';
}

export function Preview({ journey, draggable }: { journey: Journey; draggable: boolean }) {
  const plan = useMemo(() => layoutJourney(journey), [journey]);
  const items = plan.children.filter((child): child is PlanItem => child.type !== 'connector');
  const stickies = items.filter((item) => item.type === 'sticky_note').length;
  return (
    // `miro-draggable`: dragged onto the board, it inserts the map where it is dropped (useDropInsert.ts).
    <figure className={draggable ? 'jm-preview miro-draggable' : 'jm-preview'} data-draft="">
      <svg viewBox={`0 0 ${plan.frame.width} ${plan.frame.height}`} role="img" aria-label={`Preview: ${journey.stages.length} stages, ${journey.lanes.length} lanes, ${stickies} sticky notes`}>
        <rect x={0} y={0} width={plan.frame.width} height={plan.frame.height} fill="#ffffff" stroke="#c9c9d6" strokeWidth={8} />
        {items.map((item) => (
          <rect
            key={item.key}
            x={item.box.x - item.box.width / 2}
            y={item.box.y - item.box.height / 2}
            width={item.box.width}
            height={item.type === 'text' ? Math.min(item.box.height, 40 * Math.max(1, htmlToText(item.content).split('\n').length)) : item.box.height}
            rx={item.type === 'shape' && item.shape === 'circle' ? item.box.width / 2 : 8}
            fill={fillOf(item)}
          />
        ))}
        {items
          .filter((item) => item.kind === 'stage-header')
          .map((item) => (
            <text key={`label:${item.key}`} x={item.box.x} y={item.box.y + 14} textAnchor="middle" fontSize={44} fill="#ffffff">
              {htmlToText(item.content).slice(0, 18)}
            </text>
          ))}
      </svg>
      <figcaption>
        {journey.stages.length} stages · {journey.lanes.length} lanes · {stickies} sticky notes
      </figcaption>
    </figure>
  );
}
