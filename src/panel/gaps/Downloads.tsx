// Download the report (Markdown), the model (JSON) and the notes (CSV): made in
// the panel, handed to the browser's downloads.
import { useState } from 'react';
import type { GapReport } from '../../analysis/gap-check.ts';
import { errorMessage } from '../../board/errors.ts';
import { notesCsv } from '../../io/export-csv.ts';
import { journeyJson } from '../../io/export-json.ts';
import { reportMarkdown } from '../../io/export-report.ts';
import { downloadBlob } from '../download.ts';
import { StatusMessage } from '../StatusMessage.tsx';

function fileStem(report: GapReport): string {
  const stem = (report.frame.title || 'journey').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return stem === '' ? 'journey' : stem.slice(0, 60);
}

export function Downloads({ report }: { report: GapReport }) {
  const [error, setError] = useState<string | null>(null);
  const stem = fileStem(report);
  const save = async (name: string, type: string, make: () => string | Promise<string>) => {
    try {
      setError(null);
      downloadBlob(new Blob([await make()], { type }), name);
    } catch (failure) {
      setError(`Could not make ${name}: ${errorMessage(failure)}`);
    }
  };
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
