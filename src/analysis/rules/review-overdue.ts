// A map not reviewed on its cadence drifts from what customers live today:
// a warning once the review is due, an error when more than one cadence late.
import type { ReviewCadence } from '../../model/journey.ts';
import { CADENCE_LABELS } from '../../model/header-text.ts';
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const CADENCE_MONTHS: Record<ReviewCadence, number> = { quarterly: 3, biannual: 6, annual: 12 };

/** The date `months` after `date` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  const due = new Date(Date.UTC(Math.floor(total / 12), total % 12, Math.min(day, lastDay)));
  return due.toISOString().slice(0, 10);
}

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  check(journey, context) {
    const { lastReviewed, cadence } = journey.review;
    // Never reviewed with no date: the map is new, not overdue.
    if (lastReviewed === null || cadence === null) return [];
    const due = addMonths(lastReviewed, CADENCE_MONTHS[cadence]);
    if (context.today <= due) return [];
    const findings = headerFinding({ rule: reviewOverdue, context }, `Last reviewed ${lastReviewed}; reviewed ${CADENCE_LABELS[cadence]}, it was due by ${due}`);
    const longOverdue = context.today > addMonths(lastReviewed, 2 * CADENCE_MONTHS[cadence]);
    return longOverdue ? findings.map((finding) => ({ ...finding, severity: 'error' as const, message: `${finding.message}: more than one review missed` })) : findings;
  },
};
