// What every journey import shares: a size limit checked before parsing, and
// a byte-order mark that spreadsheet programs put in front of their exports.
const MAX_IMPORT_BYTES = 1_000_000;

/** An error line when a file of `bytes` is over the limit, else null. */
export function sizeError(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `the file is ${(bytes / 1_000_000).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1_000_000} MB`;
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Whether a file name says CSV (the Insert tab and `template --from` decide alike); anything else is read as journey JSON. */
export function isCsvFileName(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}
