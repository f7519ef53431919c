// What the app told the person through `notifications.showInfo/showError`:
// Miro shows these as toasts; the demo lists the latest ones over the board.
import type { NotificationRecord } from '../board/memory/memory-board.ts';

const SHOWN = 3;

export function Notifications({ notifications }: { notifications: readonly NotificationRecord[] }) {
  const latest = notifications.slice(-SHOWN).reverse();
  const offset = notifications.length - 1;
  return (
    <ol className="demo-notifications" aria-label="Board notifications" aria-live="polite">
      {latest.map((note, index) => (
        <li key={offset - index} className={`demo-toast demo-toast-${note.kind}`} data-notification-kind={note.kind}>
          {note.message}
        </li>
      ))}
    </ol>
  );
}
