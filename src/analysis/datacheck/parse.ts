// Text of an event log → rows for the LogReader, pushed in chunks of any size
// (a file stream on the command line, File slices in the panel's worker), so a
// log is never held whole. CSV/TSV go through papaparse with the delimiter
// sniffed once; JSON Lines (Mixpanel / Amplitude exports) are flattened.
import Papa from 'papaparse';
import { LogReader, type LogRead, type LogReaderOptions } from './log-reader.ts';

export type LogFormat = 'csv' | 'jsonl';

/** Where the last complete line of `text` ends (after its newline), outside any quoted field. */
export function lastCompleteLineEnd(text: string): number {
  let inQuotes = false;
  let end = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === 34) inQuotes = !inQuotes;
    else if (char === 10 && !inQuotes) end = at + 1;
  }
  return end;
}

const DELIMITERS = [',', '\t', ';', '|'];

/** The delimiter the header line uses most (comma when none). */
export function sniffDelimiter(text: string): string {
  const newline = text.indexOf('\n');
  const header = newline < 0 ? text : text.slice(0, newline);
  let best = ',';
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

function splitPlain(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (trimmed !== '') rows.push(trimmed.split(delimiter));
  }
  return rows;
}

// Nested property bags of the usual exports, read as if they were top-level fields.
const NESTED = ['properties', 'event_properties', 'user_properties'];

function flatten(record: Record<string, unknown>): Map<string, string> {
  const fields = new Map<string, string>();
  const put = (key: string, value: unknown) => {
    if (fields.has(key) || value === null || value === undefined || typeof value === 'object') return;
    fields.set(key, String(value));
  };
  for (const [key, value] of Object.entries(record)) put(key, value);
  for (const bag of NESTED) {
    const nested = record[bag];
    if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) {
      for (const [key, value] of Object.entries(nested)) put(key, value);
    }
  }
  return fields;
}

export class LogParser {
  readonly reader: LogReader;
  private format: LogFormat | null = null;
  private buffer = '';
  private delimiter = '';
  private jsonHeader: string[] | null = null;
  private jsonLine = 0;

  constructor(options: LogReaderOptions = {}) {
    this.reader = new LogReader(options);
  }

  push(chunk: string): void {
    this.buffer += chunk;
    if (this.format === null) {
      const start = this.buffer.replace(/^\uFEFF/, '').trimStart();
      if (start === '') return;
      this.format = start.startsWith('{') ? 'jsonl' : 'csv';
    }
    const end = this.format === 'csv' ? lastCompleteLineEnd(this.buffer) : this.buffer.lastIndexOf('\n') + 1;
    if (end === 0) return;
    const complete = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end);
    this.parse(complete);
  }

  finish(): LogRead {
    if (this.buffer.trim() !== '') this.parse(this.buffer);
    this.buffer = '';
    return this.reader.finish();
  }

  private parse(text: string): void {
    if (this.format === 'jsonl') this.parseJsonLines(text);
    else this.parseCsv(text);
  }

  private parseCsv(text: string): void {
    const clean = text.replace(/^\uFEFF/, '');
    if (this.delimiter === '') this.delimiter = sniffDelimiter(clean);
    // Most logs quote nothing: a plain split is several times faster than the full parser.
    if (!clean.includes('"')) this.reader.addRows(splitPlain(clean, this.delimiter));
    else this.reader.addRows(Papa.parse<string[]>(clean, { delimiter: this.delimiter, skipEmptyLines: true }).data);
  }

  private parseJsonLines(text: string): void {
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed === '') continue;
      this.jsonLine++;
      let record: unknown;
      try {
        record = JSON.parse(trimmed);
      } catch {
        record = null;
      }
      const fields = record !== null && typeof record === 'object' && !Array.isArray(record) ? flatten(record as Record<string, unknown>) : new Map<string, string>();
      if (this.jsonHeader === null) {
        this.jsonHeader = [...fields.keys()];
        this.reader.setHeader(this.jsonHeader);
      }
      // A line that is no JSON object is a row with no case id: counted and listed as bad.
      this.reader.addRow(this.jsonHeader.map((key) => fields.get(key) ?? ''));
    }
  }
}

/** A whole log text at once (tests, small files). */
export function parseLogText(text: string, options: LogReaderOptions = {}): LogRead {
  const parser = new LogParser(options);
  parser.push(text);
  return parser.finish();
}
