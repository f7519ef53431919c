// The sidebar panel: three tools over the board. Each tab's code loads when the
// tab is first opened, so the panel's first paint pays only for this shell.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useBoard } from './BoardContext.tsx';
import { DataShareProvider } from './DataShareContext.tsx';
import { Tabs, type TabSpec } from './Tabs.tsx';
import './panel.css';

const TABS: readonly TabSpec[] = [
  { id: 'insert', label: 'Insert', Component: lazy(() => import('./insert/InsertTab.tsx')) },
  { id: 'emotions', label: 'Emotions', Component: lazy(() => import('./emotions/EmotionsTab.tsx')) },
  { id: 'gaps', label: 'Gaps', Component: lazy(() => import('./gaps/GapsTab.tsx')) },
  { id: 'data', label: 'Data', Component: lazy(() => import('./data/DataTab.tsx')) },
  { id: 'review', label: 'Review', Component: lazy(() => import('./review/ReviewTab.tsx')) },
];

// The Board check is for contributors checking a real board against Miro's reference: a small link, its own view.
const BoardCheckView = lazy(() => import('./check/BoardCheckView.tsx'));

/** Once a day per user, a notice on opening the panel when a map's review is overdue (loaded after the first paint). */
function useReviewReminder(): void {
  const board = useBoard();
  useEffect(() => void import('./review/reminder.ts').then(({ remindIfOverdue }) => remindIfOverdue(board, new Date())), [board]);
}

export function App() {
  useReviewReminder();
  const [checking, setChecking] = useState(false);
  return (
    <main className="jm-panel">
      <h1 className="jm-title">Journey maps</h1>
      {checking && (
        <Suspense fallback={<p className="jm-status jm-status-info">Loading…</p>}>
          <BoardCheckView onBack={() => setChecking(false)} />
        </Suspense>
      )}
      {/* Hidden, not unmounted, while the check shows: work in progress in a tab survives. */}
      <div hidden={checking}>
        {/* The Data tab's findings reach the Gaps tab through it. */}
        <DataShareProvider>
          <Tabs tabs={TABS} label="Journey map tools" />
        </DataShareProvider>
        <footer className="jm-panel-footer">
          <button type="button" className="jm-link" onClick={() => setChecking(true)}>
            Board check
          </button>
        </footer>
      </div>
    </main>
  );
}
