// Import a journey from a JSON file (the model's versioned form) or a CSV of
// notes. Errors are listed row by row; on any error nothing is replaced.
import { useId, useState } from 'react';
import { errorMessage } from '../../board/errors.ts';
import { isCsvFileName, sizeError } from '../../io/import-common.ts';
import { importJourneyCsv } from '../../io/import-csv.ts';
import { importJourneyJson } from '../../io/import-json.ts';
import type { Journey } from '../../model/journey.ts';

export interface ImportFieldProps {
  onImport(journey: Journey, fileName: string): void;
}

const MAX_LISTED = 20;

async function readJourney(file: File): Promise<{ ok: true; value: Journey } | { ok: false; errors: string[] }> {
  const tooBig = sizeError(file.size);
  if (tooBig !== null) return { ok: false, errors: [tooBig] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    // The browser can fail to read a file that was moved or changed after it was chosen.
    return { ok: false, errors: [errorMessage(error)] };
  }
  const isCsv = isCsvFileName(file.name) || file.type === 'text/csv';
  return isCsv ? importJourneyCsv(text, { title: file.name.replace(/\.[^.]+$/, '') }) : importJourneyJson(text);
}

export function ImportField({ onImport }: ImportFieldProps) {
  const id = useId();
  const [failure, setFailure] = useState<{ fileName: string; errors: string[] } | null>(null);
  return (
    <div className="form-group jm-import">
      <label htmlFor={id}>Import a journey (JSON or CSV)</label>
      <input
        id={id}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file === undefined) return;
          const result = await readJourney(file);
          input.value = '';
          if (result.ok) {
            setFailure(null);
            onImport(result.value, file.name);
          } else {
            setFailure({ fileName: file.name, errors: result.errors });
          }
        }}
      />
      <p className="jm-hint">CSV columns: stage, lane, text, valence (−2…2), channel, owner, evidence, moment_of_truth.</p>
      {failure !== null && (
        <div className="jm-import-errors" role="alert">
          <p>
            {failure.fileName} was not imported ({failure.errors.length} {failure.errors.length === 1 ? 'problem' : 'problems'}); nothing changed:
          </p>
          <ul>
            {failure.errors.slice(0, MAX_LISTED).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {failure.errors.length > MAX_LISTED && <p>…and {failure.errors.length - MAX_LISTED} more.</p>}
        </div>
      )}
    </div>
  );
}
