// Reads an event-log file in slices (a streaming decode, so a multi-byte
// character split between slices survives) and runs the data check: the same
// code in the panel's Web Worker and, where no worker can start, in the page.
import { runDataCheck, type DataCheckResult } from '../../analysis/datacheck/data-check.ts';
import type { DataMap } from '../../analysis/datacheck/data-map.ts';
import type { DataCheckSettings } from '../../analysis/datacheck/defaults.ts';
import type { ColumnMap } from '../../analysis/datacheck/columns.ts';
import { refusal, type LogRead } from '../../analysis/datacheck/log-reader.ts';
import type { SavedMapping } from '../../analysis/datacheck/matching.ts';
import { LogParser } from '../../analysis/datacheck/parse.ts';
import { loadFeedbackScorer } from '../../emotion/feedback-scorer.ts';

export const SLICE_BYTES = 1 << 20;

export interface CheckRequest {
  file: Blob;
  name: string;
  columns: ColumnMap;
  map: DataMap;
  saved: SavedMapping;
  settings: DataCheckSettings;
}

export type CheckOutcome = { ok: true; result: DataCheckResult } | { ok: false; error: string };

/** Parses the whole file, reporting bytes read; `cancelled()` stops it between slices. */
export async function readLogFile(request: Pick<CheckRequest, 'file' | 'columns'>, { onProgress, cancelled }: { onProgress(done: number, total: number): void; cancelled(): boolean }): Promise<LogRead | null> {
  const parser = new LogParser({ columns: request.columns, feedbackScorer: await loadFeedbackScorer() });
  const decoder = new TextDecoder();
  const total = request.file.size;
  for (let from = 0; from < total; from += SLICE_BYTES) {
    if (cancelled()) return null;
    const bytes = await request.file.slice(from, from + SLICE_BYTES).arrayBuffer();
    parser.push(decoder.decode(bytes, { stream: true }));
    onProgress(Math.min(total, from + SLICE_BYTES), total);
  }
  parser.push(decoder.decode());
  return parser.finish();
}

export function checkRead(log: LogRead, request: Omit<CheckRequest, 'file' | 'columns'>): CheckOutcome {
  const refused = refusal(log, request.settings.maxBadRowShare);
  if (refused !== null) return { ok: false, error: `${request.name}: ${refused}` };
  return { ok: true, result: runDataCheck({ map: request.map, log, saved: request.saved, settings: request.settings, source: request.name }) };
}
