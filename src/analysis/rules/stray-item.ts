// A sticky parked outside every cell is in the frame but not in the map.
import { countOf, quote, ruleFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const strayItem: Rule = {
  id: 'stray-item',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Sticky outside the grid',
    count: (n) => `${countOf(n, ['sticky is', 'stickies are'])} outside the grid`,
    why: 'A sticky in no cell belongs to no stage and lane, so the check ignores it.',
    todo: 'Move it into its stage and lane, or out of the frame.',
  },
  score: { points: 1, subjects: (journey, context) => journey.notes.length + (context.strayItemIds?.length ?? 0) },
  check(_journey, context) {
    return (context.strayItemIds ?? []).map((id) => {
      const text = context.itemTexts?.get(id);
      const name = text === undefined || text.trim() === '' ? `Sticky ${id}` : `Sticky ${quote(text)}`;
      return ruleFinding(strayItem, { message: `${name} is in the frame but in no stage and lane`, itemIds: [id] });
    });
  },
};
