// The local demo: the in-memory board drawn on the left, the real panel on
// the right at Miro's sidebar width, and the demo's toolbar above.
import { App } from '../panel/App.tsx';
import { BoardProvider } from '../panel/BoardContext.tsx';
import { BoardView } from './BoardView.tsx';
import type { DemoOptions } from './options.ts';
import { Toolbar } from './Toolbar.tsx';
import { useDemoBoard } from './useDemoBoard.ts';
import './demo.css';

export function DemoApp({ options }: { options: DemoOptions }) {
  const { store, generation, state, message, busy, actions } = useDemoBoard(options);
  return (
    <div className="demo-page">
      <Toolbar message={message} busy={busy} onLoadFile={actions.loadFile} onSave={actions.save} onLoadExample={actions.loadExample} onClear={actions.clear} />
      <div className="demo-main">
        <BoardView store={store} generation={generation} state={state} onFit={actions.fit} />
        <aside className="demo-panel" aria-label="App panel">
          <BoardProvider key={generation} board={store.board}>
            <App />
          </BoardProvider>
        </aside>
      </div>
    </div>
  );
}
