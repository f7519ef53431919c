// A hand-made map without a review line is not "fine": nobody will be
// reminded to look at it again. Info, since many maps start that way.
import { countOf, headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const reviewDateMissing: Rule = {
  id: 'review-date-missing',
  group: 'completeness',
  severity: 'info',
  explanation: {
    title: 'No review date',
    count: (n) => `${countOf(n, ['map has', 'maps have'])} no review date`,
    why: 'Without a review date nobody is reminded to check the map against what customers live today.',
    todo: 'Add a line "Last reviewed: YYYY-MM-DD · Review: quarterly" to the header.',
  },
  score: { points: 1, subjects: () => 1 },
  check(journey, context) {
    if (journey.review.lastReviewed !== null || journey.review.cadence !== null) return [];
    return headerFinding({ rule: reviewDateMissing, context }, 'The map has no review date and no review cadence');
  },
};
