// What the app told the person through `notifications.showInfo/showError`:
// Miro shows these as toasts; the demo lists the latest ones over the board
// and lets them go after a few seconds, as toasts do.
import { useEffect, useState } from 'react';
import type { NotificationRecord } from '../board/memory/memory-board.ts';

const SHOWN = 3;
export const TOAST_MS = 6000;

export function Notifications({ notifications }: { notifications: readonly NotificationRecord[] }) {
  // How many of the log's messages have had their time on screen.
  const [expired, setExpired] = useState(0);
  const count = notifications.length;
  useEffect(() => {
    if (count <= expired) return;
    const timer = setTimeout(() => setExpired(count), TOAST_MS);
    return () => clearTimeout(timer);
  }, [count, expired]);
  const first = Math.max(Math.min(expired, count), count - SHOWN);
  const latest = notifications.slice(first).map((note, index) => ({ note, index: first + index })).reverse();
  return (
    <ol className="demo-notifications" aria-label="Board notifications" aria-live="polite">
      {latest.map(({ note, index }) => (
        <li key={index} className={`demo-toast demo-toast-${note.kind}`} data-notification-kind={note.kind}>
          {note.message}
        </li>
      ))}
    </ol>
  );
}
