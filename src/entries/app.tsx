// The sidebar panel (app.html). Inside Miro the panel gets the real board;
// opened in an ordinary tab there is no `miro`, so it points to the demo.
import '../panel/mirotone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { miroBoard } from '../board/miro-board.ts';
import { App } from '../panel/App.tsx';
import { BoardProvider } from '../panel/BoardContext.tsx';

function NotInMiro() {
  return (
    <main className="jm-panel">
      <h1 className="jm-title">Journey maps</h1>
      <p>
        This is the panel of a Miro app: it runs inside a Miro board. To try it without Miro, open the{' '}
        <a href="/demo.html">local demo</a>.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  // Miro opens the panel in an iframe, and the SDK script sets the global there.
  const inMiro = window.self !== window.top && typeof miro !== 'undefined';
  createRoot(root).render(
    <StrictMode>
      {inMiro ? (
        <BoardProvider board={miroBoard()}>
          <App />
        </BoardProvider>
      ) : (
        <NotInMiro />
      )}
    </StrictMode>,
  );
}
