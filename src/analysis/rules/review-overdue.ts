// A map not reviewed on its cadence drifts from what customers live today.
import type { ReviewCadence } from '../../model/journey.ts';
import { CADENCE_LABELS } from '../../model/header-text.ts';
import { headerFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

const CADENCE_MONTHS: Record<ReviewCadence, number> = { quarterly: 3, biannual: 6, annual: 12 };

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
    const due = addMonths(lastReviewed, CADENCE_MONTHS[cadence]);
    if (context.today <= due) return [];
    return headerFinding({ rule: reviewOverdue, context }, `Last reviewed ${lastReviewed}; reviewed ${CADENCE_LABELS[cadence]}, it was due by ${due}`);
  },
};
