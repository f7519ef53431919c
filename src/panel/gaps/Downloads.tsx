// Download the report (Markdown), the model (JSON) and the notes (CSV), and the
// whole board as a snapshot (the file the command line reads, for teams
// without a REST API token): made in the panel, handed to the browser's downloads.
import { useState } from 'react';
import type { GapReport } from '../../analysis/gap-check.ts';
import { errorMessage } from '../../board/errors.ts';
import { readBoard } from '../../board/reader.ts';
import { notesCsv } from '../../io/export-csv.ts';
import { journeyJson } from '../../io/export-json.ts';
import { reportMarkdown } from '../../io/export-report.ts';
import { serializeSnapshot } from '../../snapshot/snapshot.ts';
import { useBoard } from '../BoardContext.tsx';
import { downloadBlob } from '../download.ts';
import { StatusMessage } from '../StatusMessage.tsx';

function fileStem(report: GapReport): string {
  const stem = (report.frame.title || 'journey').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return stem === '' ? 'journey' : stem.slice(0, 60);
}

/** Makes a file and downloads it; the error of the last failed one, for the panel to show. */
function useSave() {
  const [error, setError] = useState<string | null>(null);
  const save = async (name: string, type: string, make: () => string | Promise<string>) => {
    try {
      setError(null);
      downloadBlob(new Blob([await make()], { type }), name);
    } catch (failure) {
      setError(`Could not make ${name}: ${errorMessage(failure)}`);
    }
  };
  return { error, save };
}

export function Downloads({ report }: { report: GapReport }) {
  const { error, save } = useSave();
  const stem = fileStem(report);
  return (
    <div className="jm-gaps-downloads" role="group" aria-label="Downloads">
      <button type="button" className="button button-secondary button-small" onClick={() => void save(`${stem}-gaps.md`, 'text/markdown', () => reportMarkdown(report))}>
        Report (.md)
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => void save(`${stem}.json`, 'application/json', () => journeyJson(report.journey))}>
        Model (.json)
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => void save(`${stem}-notes.csv`, 'text/csv', () => notesCsv(report.journey))}>
        Notes (.csv)
      </button>
      {error !== null && <StatusMessage kind="error" text={error} />}
    </div>
  );
}

/** The whole board, read now, as a board snapshot: what `journey-map check` and `export` read. */
export function BoardSnapshotDownload() {
  const board = useBoard();
  const { error, save } = useSave();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    await save('board-snapshot.json', 'application/json', async () => serializeSnapshot((await readBoard(board)).snapshot));
    setBusy(false);
  };
  return (
    <div className="jm-gaps-downloads" role="group" aria-label="Board snapshot">
      <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void download()}>
        Download board snapshot
      </button>
      {error !== null && <StatusMessage kind="error" text={error} />}
    </div>
  );
}
