// The demo's own controls, above the board: snapshots in and out, the
// example board, clearing, and what the last of these did.
import type { ChangeEvent, ReactNode } from 'react';
import { StatusMessage, type StatusKind } from '../panel/StatusMessage.tsx';

export interface PageMessage {
  kind: StatusKind;
  text: string;
  /** The first few warnings, listed under the message. */
  details: readonly string[];
}

export interface ToolbarProps {
  message: PageMessage | null;
  busy: boolean;
  onLoadFile: (file: File) => void;
  onSave: () => void;
  onLoadExample: () => void;
  onClear: () => void;
  /** More controls on the same row (the editing buttons). */
  children?: ReactNode;
}

export function Toolbar({ message, busy, onLoadFile, onSave, onLoadExample, onClear, children }: ToolbarProps) {
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again loads it again.
    event.target.value = '';
    if (file) onLoadFile(file);
  };
  return (
    <header className="demo-toolbar">
      <div className="demo-toolbar-row">
        <strong className="demo-brand">Journey maps · local demo</strong>
        {children}
        <label className="button button-secondary button-small demo-file-label">
          Load snapshot
          <input type="file" accept=".json,application/json" className="demo-file" onChange={onFile} disabled={busy} />
        </label>
        <button type="button" className="button button-secondary button-small" onClick={onSave}>
          Save snapshot
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onLoadExample} disabled={busy}>
          Load example
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onClear}>
          Clear board
        </button>
      </div>
      {message && (
        <div className="demo-message">
          <StatusMessage kind={message.kind} text={message.text} />
          {message.details.length > 0 && (
            <ul className="demo-warnings" aria-label="Warnings">
              {message.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </header>
  );
}
