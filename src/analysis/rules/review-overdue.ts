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

/** Before this, a review date is a typo (and Date.UTC reads years below 100 as 19xx). */
const EARLIEST_REVIEW = '1970-01-01';

/**
 * Why a last-review date is not one to do arithmetic on (after today, or
 * before 1970: "9999-11-15" would be "due by +010000-02"), or null. Both are
 * YYYY-MM-DD with four-digit years, so they compare as text.
 */
export function reviewDateProblem(date: string | null, today: string): string | null {
  if (date === null) return null;
  if (date > today) return `the last review date ${date} is after today (${today}); the review check skipped it`;
  if (date < EARLIEST_REVIEW) return `the last review date ${date} is before 1970; the review check skipped it`;
  return null;
}

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Review overdue',
    count: () => 'The review is overdue',
    why: 'A map not reviewed drifts from what customers live today.',
    todo: 'Walk through the map with the team and update the "Last reviewed" date.',
  },
  score: { points: 2, subjects: () => 1 },
  check(journey, context) {
    const { lastReviewed, cadence } = journey.review;
    // Never reviewed with no date: the map is new, not overdue.
    if (lastReviewed === null || cadence === null) return [];
    // Out of range: gapCheck warns instead.
    if (reviewDateProblem(lastReviewed, context.today) !== null) return [];
    const due = addMonths(lastReviewed, CADENCE_MONTHS[cadence]);
    if (context.today <= due) return [];
    const findings = headerFinding({ rule: reviewOverdue, context }, `Last reviewed ${lastReviewed}; reviewed ${CADENCE_LABELS[cadence]}, it was due by ${due}`);
    const longOverdue = context.today > addMonths(lastReviewed, 2 * CADENCE_MONTHS[cadence]);
    return longOverdue ? findings.map((finding) => ({ ...finding, severity: 'error' as const, message: `${finding.message}: more than one review missed` })) : findings;
  },
};
