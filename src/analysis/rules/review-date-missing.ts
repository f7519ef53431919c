// A hand-made map without a review line is not "fine": nobody will be
// reminded to look at it again. Info, since many maps start that way.
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const reviewDateMissing: Rule = {
  id: 'review-date-missing',
  severity: 'info',
  check(journey, context) {
    if (journey.review.lastReviewed !== null || journey.review.cadence !== null) return [];
    return headerFinding({ rule: reviewDateMissing, context }, 'The map has no review date and no review cadence');
  },
};
