// A sticky parked outside every cell is in the frame but not in the map.
import { ruleFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const strayItem: Rule = {
  id: 'stray-item',
  severity: 'warning',
  check(_journey, context) {
    return (context.strayItemIds ?? []).map((id) => ruleFinding(strayItem, { message: `Sticky ${id} is in the frame but in no stage and lane`, itemIds: [id] }));
  },
};
