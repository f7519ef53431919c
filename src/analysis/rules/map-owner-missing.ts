// A map nobody owns is reviewed by nobody: the review line names its owner ("Owner: CX team").
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const mapOwnerMissing: Rule = {
  id: 'map-owner-missing',
  severity: 'warning',
  check(journey, context) {
    if (journey.review.owner !== undefined && journey.review.owner.trim() !== '') return [];
    return headerFinding({ rule: mapOwnerMissing, context }, 'The map names no owner to keep it reviewed');
  },
};
