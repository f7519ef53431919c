// Rows of an event log → the event table. Rows arrive in batches (a streaming
// CSV parser, JSON Lines) from any front end; every bad row is counted and the
// first ones listed as "row N, column C: reason", like the CSV import (the
// header is row 1). Case ids go straight into the table's integer ids.
import { detectColumns, headerKey, missingRoles, type ColumnMap } from './columns.ts';
import { EventTableBuilder, type EventTable } from './event-table.ts';
import { showValue } from './privacy.ts';
import { labelScore } from './scores.ts';
import { parseTimestamp } from './timestamps.ts';

/** Lexicon score of a free text (the app's sentiment lexicon), already on −2 … +2. */
export type FeedbackScorer = (text: string) => number;

export interface LogReaderOptions {
  /** The user's choice of columns; detected from the header when absent. */
  columns?: Partial<ColumnMap>;
  feedbackScorer?: FeedbackScorer;
}

export const LISTED_BAD_ROWS = 20;

export interface LogRead {
  table: EventTable;
  header: string[];
  columns: ColumnMap;
  rows: number;
  badRows: number;
  /** The first bad rows, "row N, column C: reason". */
  errors: string[];
  /** Some times had no zone and were read as UTC. */
  naiveTimes: boolean;
  /** The score column's numeric range (for its scale), and its name. */
  score: { name: string; min: number; max: number } | null;
}

export class LogReader {
  private header: string[] | null = null;
  private columns: ColumnMap | null = null;
  private readonly builder = new EventTableBuilder();
  private rows = 0;
  private badRows = 0;
  private readonly errors: string[] = [];
  private naiveTimes = false;
  private scoreMin = Number.POSITIVE_INFINITY;
  private scoreMax = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LogReaderOptions = {}) {}

  /** The header row; returns the detected (or chosen) columns. Missing required columns throw. */
  setHeader(cells: readonly string[]): ColumnMap {
    this.header = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
    const columns = { ...detectColumns(this.header), ...this.options.columns };
    const missing = missingRoles(columns);
    if (missing.length > 0) throw new Error(`no ${missing.join(', ')} column; the header has: ${this.header.map(showValue).join(', ')}`);
    this.columns = columns;
    return columns;
  }

  addRows(rows: readonly (readonly string[])[]): void {
    for (const row of rows) this.addRow(row);
  }

  addRow(cells: readonly string[]): void {
    const columns = this.columns;
    if (columns === null) {
      this.setHeader(cells);
      return;
    }
    this.rows++;
    const problem = this.readRow(cells, columns);
    if (problem !== null) {
      this.badRows++;
      if (this.errors.length < LISTED_BAD_ROWS) this.errors.push(`row ${this.rows + 1}, column ${problem}`);
    }
  }

  private columnName(role: keyof ColumnMap): string {
    return this.header?.[this.columns?.[role] ?? -1] ?? role;
  }

  private readRow(cells: readonly string[], columns: ColumnMap): string | null {
    const caseId = cells[columns.case]?.trim() ?? '';
    if (caseId === '') return `${this.columnName('case')}: no case id`;
    const activity = cells[columns.activity]?.trim() ?? '';
    if (activity === '') return `${this.columnName('activity')}: no activity`;
    const timeCell = cells[columns.time] ?? '';
    const time = parseTimestamp(timeCell);
    if (time === null) return `${this.columnName('time')}: not a time: "${showValue(timeCell.trim())}"`;
    if (time.naive) this.naiveTimes = true;
    const scores = this.readScore(columns.score < 0 ? '' : (cells[columns.score] ?? ''));
    const feedback = columns.feedback < 0 ? '' : (cells[columns.feedback]?.trim() ?? '');
    const scorer = this.options.feedbackScorer;
    this.builder.add({
      caseId,
      activity,
      time: time.ms,
      channel: columns.channel < 0 ? undefined : cells[columns.channel]?.trim().toLowerCase(),
      segment: columns.segment < 0 ? undefined : cells[columns.segment]?.trim(),
      ...scores,
      textScore: feedback === '' || scorer === undefined ? undefined : scorer(feedback),
    });
    return null;
  }

  private readScore(cell: string): { rawScore?: number; labelScore?: number } {
    const text = cell.trim();
    if (text === '') return {};
    const value = Number(text);
    if (Number.isFinite(value)) {
      if (value < this.scoreMin) this.scoreMin = value;
      if (value > this.scoreMax) this.scoreMax = value;
      return { rawScore: value };
    }
    const label = labelScore(text);
    return label === undefined ? {} : { labelScore: label };
  }

  finish(): LogRead {
    if (this.header === null || this.columns === null) throw new Error('the log is empty');
    const scoreColumn = this.columns.score;
    return {
      table: this.builder.seal(),
      header: this.header,
      columns: this.columns,
      rows: this.rows,
      badRows: this.badRows,
      errors: this.errors,
      naiveTimes: this.naiveTimes,
      score: scoreColumn < 0 ? null : { name: headerKey(this.header[scoreColumn] ?? ''), min: this.scoreMin, max: this.scoreMax },
    };
  }
}

/** A read with too many bad rows is refused: the error text, or null when the read may be used. */
export function refusal(read: LogRead, maxBadRowShare: number): string | null {
  if (read.rows === 0) return 'the log has a header but no rows';
  const share = read.badRows / read.rows;
  if (share <= maxBadRowShare) return null;
  return `${read.badRows} of ${read.rows} rows are bad (${(share * 100).toFixed(1)}%, more than ${(maxBadRowShare * 100).toFixed(0)}%); first: ${read.errors.slice(0, 3).join('; ')}`;
}
