// The local demo: the in-memory board drawn on the left, the real panel on
// the right at Miro's sidebar width, and the demo's toolbar above (with the
// editing buttons; the board itself is edited as in Miro, see edit/).
import { App } from '../panel/App.tsx';
import { BoardProvider } from '../panel/BoardContext.tsx';
import { BoardView } from './BoardView.tsx';
import type { DemoOptions } from './options.ts';
import { Toolbar } from './Toolbar.tsx';
import { useDemoBoard } from './useDemoBoard.ts';
import { EditTools } from './edit/EditTools.tsx';
import { useBoardEdits } from './edit/useBoardEdits.ts';
import { useUndoKeys } from './edit/useEditKeys.ts';
import { EmojiNotice } from './EmojiNotice.tsx';
import { centreOf } from './view.ts';
import './demo.css';

export function DemoApp({ options }: { options: DemoOptions }) {
  const { store, history, generation, state, message, busy, actions } = useDemoBoard(options);
  const edits = useBoardEdits(store.board, history);
  useUndoKeys(edits);
  const addAtCentre = () => void edits.addSticky(centreOf(store.board.viewportNow()));
  return (
    <div className="demo-page">
      <Toolbar message={message} busy={busy} onLoadFile={actions.loadFile} onSave={actions.save} onLoadExample={actions.loadExample} onClear={actions.clear}>
        <EditTools edits={edits} onAddSticky={addAtCentre} />
      </Toolbar>
      <EmojiNotice />
      <div className="demo-main">
        <BoardView store={store} generation={generation} state={state} edits={edits} onFit={actions.fit} />
        <aside className="demo-panel" aria-label="App panel">
          <BoardProvider key={generation} board={store.board}>
            <App />
          </BoardProvider>
        </aside>
      </div>
    </div>
  );
}
