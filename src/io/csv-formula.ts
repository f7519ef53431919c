// The formula guard of the notes CSV, shared by the export (which adds it) and
// the import (which takes it off), so an exported map imports unchanged.
//
// A spreadsheet runs a cell as a formula when it starts with = + - or @ (also
// after blanks and line breaks, and in their full-width forms, which some
// locales accept), and it may drop a leading tab or carriage return first. Such
// a cell gets a leading apostrophe, which spreadsheets read as "this is text".
const RUNS_AS_FORMULA = /^['\s]*[=+\-@＝＋－＠]|^'*[\t\r]/;
// The leading apostrophes in the pattern above make the guard reversible: a
// text that already starts with an apostrophe before a formula ("'=x") is
// guarded too ("''=x"), so taking one apostrophe off always gives the text back.

/** The cell as written: an apostrophe in front of anything a spreadsheet could run. */
export function guardFormula(cell: string): string {
  return RUNS_AS_FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The text of a cell written by `guardFormula` (or by a spreadsheet that guards the same way). */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && RUNS_AS_FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}
