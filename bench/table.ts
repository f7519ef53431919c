// The readable table `npm run bench` prints: one row per figure, its goal,
// and whether the goal is met.
import { maxOf } from '../src/model/arrays.ts';

export interface Row {
  figure: string;
  measured: string;
  goal?: string;
  /** Met (true), missed (false), or no figure to judge (null). */
  met?: boolean | null;
}

export const NOT_AVAILABLE = 'not available yet';

const mark = (row: Row): string => (row.met === true ? '✓' : row.met === false ? '✗' : row.goal === undefined ? '' : '–');

/** Rows for one section under a heading, columns padded to line up. */
export function formatSection(title: string, rows: readonly Row[]): string {
  const cells = rows.map((row) => [row.figure, row.measured, row.goal ?? '', mark(row)]);
  const widths = [0, 1, 2].map((column) => maxOf(cells.map((line) => (line[column] ?? '').length), 0));
  const lines = cells.map((line) =>
    line
      .map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell))
      .join('  ')
      .trimEnd(),
  );
  return [title, ...lines.map((line) => `  ${line}`)].join('\n');
}

export interface GoalCheck {
  /** The measured figure, or null when there is none. */
  value: number | null;
  /** The goal: at most this much. */
  max: number;
  unit?: string;
  digits?: number;
}

/** A goal row: the value against its maximum, or "not available yet" when there is no value. */
export function goalRow(figure: string, goal: GoalCheck): Row {
  const value = goal.value;
  const unit = goal.unit ?? '';
  const goalText = `≤ ${goal.max}${unit}`;
  if (value === null) return { figure, measured: NOT_AVAILABLE, goal: goalText, met: null };
  return { figure, measured: `${value.toFixed(goal.digits ?? 1)}${unit}`, goal: goalText, met: value <= goal.max };
}

/** 1234 → "1.2 KB" (1 KB = 1,000 bytes, as the goals count them). */
export function kilobytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} KB`;
}
