// The sidebar panel: three tools over the board. Each tab's code loads when the
// tab is first opened, so the panel's first paint pays only for this shell.
import { lazy, useEffect } from 'react';
import { useBoard } from './BoardContext.tsx';
import { Tabs, type TabSpec } from './Tabs.tsx';
import './panel.css';

const TABS: readonly TabSpec[] = [
  { id: 'insert', label: 'Insert', Component: lazy(() => import('./insert/InsertTab.tsx')) },
  { id: 'emotions', label: 'Emotions', Component: lazy(() => import('./emotions/EmotionsTab.tsx')) },
  { id: 'gaps', label: 'Gaps', Component: lazy(() => import('./gaps/GapsTab.tsx')) },
  { id: 'review', label: 'Review', Component: lazy(() => import('./review/ReviewTab.tsx')) },
];

/** Once a day per user, a notice on opening the panel when a map's review is overdue (loaded after the first paint). */
function useReviewReminder(): void {
  const board = useBoard();
  useEffect(() => void import('./review/reminder.ts').then(({ remindIfOverdue }) => remindIfOverdue(board, new Date())), [board]);
}

export function App() {
  useReviewReminder();
  return (
    <main className="jm-panel">
      <h1 className="jm-title">Journey maps</h1>
      <Tabs tabs={TABS} label="Journey map tools" />
    </main>
  );
}
