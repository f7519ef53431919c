// The once-a-day reminder on an overdue map (no server: the browser's local
// storage remembers the day it was last shown, per frame). Outside data:
// whatever local storage holds is checked, never trusted.
export const REMINDER_KEY_PREFIX = 'journey-map:review-reminder:';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function reminderKey(frameId: string): string {
  return `${REMINDER_KEY_PREFIX}${frameId}`;
}

/** Whether to remind today: not yet shown today (a stored value that is no day counts as never shown). */
export function reminderDue({ stored, today }: { stored: string | null; today: string }): boolean {
  return stored === null || !DAY.test(stored) || stored < today;
}
