// The header of an event-log file, read from its first slice, for the user to
// confirm the detected columns before the whole file is read.
import { detectColumns, type ColumnMap } from '../../analysis/datacheck/columns.ts';
import { parseLogText, sniffDelimiter } from '../../analysis/datacheck/parse.ts';

const HEAD_BYTES = 64 * 1024;

export async function readHeader(file: Blob): Promise<{ header: string[]; columns: ColumnMap }> {
  const head = (await file.slice(0, HEAD_BYTES).text()).replace(/^\uFEFF/, '');
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') throw new Error('the file is empty');
  // JSON Lines: the fields of the first record, flattened as the reader flattens them.
  const header = firstLine.trimStart().startsWith('{') ? headerOfJsonLine(firstLine) : firstLine.split(sniffDelimiter(firstLine)).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  return { header, columns: detectColumns(header) };
}

function headerOfJsonLine(line: string): string[] {
  try {
    return parseLogText(`${line}\n`, { columns: { case: 0, activity: 0, time: 0 } }).header;
  } catch {
    return [];
  }
}
