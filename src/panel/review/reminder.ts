// The once-a-day reminder on an overdue map (no server: the browser's local
// storage remembers the day it last looked, for this user). Outside data:
// whatever local storage holds is checked, never trusted.
import { gapCheck, isoDay } from '../../analysis/gap-check.ts';
import type { BoardPort } from '../../board/port.ts';
import { readBoard } from '../../board/reader.ts';
import { readJourney } from '../../readback/read-journey.ts';

export const REMINDER_KEY = 'journey-map:review-reminder';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether to look today: not yet today (a stored value that is no day counts as never). */
export function reminderDue({ stored, today }: { stored: string | null; today: string }): boolean {
  return stored === null || !DAY.test(stored) || stored < today;
}

/** Local storage, or null where the browser refuses it (private mode, a sandboxed iframe). */
function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * On opening the panel: once a day, one `showInfo` naming the overdue maps on
 * the board. Never gets in the way: any failure is dropped.
 */
export async function remindIfOverdue(board: BoardPort, now: Date): Promise<string | null> {
  const store = localStore();
  const today = isoDay(now);
  if (store === null || !reminderDue({ stored: store.getItem(REMINDER_KEY), today })) return null;
  store.setItem(REMINDER_KEY, today);
  try {
    const { snapshot } = await readBoard(board);
    const first = readJourney(snapshot);
    const frames = first.ok ? [first.frame] : first.candidates;
    const overdue = frames.filter((frame) => {
      const report = gapCheck(snapshot, { today, frameId: frame.id });
      return report.ok && report.findings.some((finding) => finding.rule === 'review-overdue');
    });
    if (overdue.length === 0) return null;
    const message = `Review overdue: ${overdue.map((frame) => `“${frame.title || frame.id}”`).join(', ')}. Open the Review tab to mark it reviewed.`;
    await board.notifications.showInfo(message);
    return message;
  } catch {
    return null;
  }
}
