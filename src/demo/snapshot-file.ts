// Loading and saving board snapshots on the demo page. Parsing is the snapshot
// layer's (read in a worker: snapshot-reader.ts); this adds the page's limits and wording.
import { serializeSnapshot, type BoardSnapshot, type SnapshotParse } from '../snapshot/snapshot.ts';
import { plural } from '../panel/plural.ts';

export const MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024;
/** How many warnings the page lists; the count says how many there are. */
export const SHOWN_WARNINGS = 3;
export const SNAPSHOT_FILE_NAME = 'board-snapshot.json';

export type LoadOutcome =
  | { ok: true; snapshot: BoardSnapshot; summary: string; warnings: string[] }
  | { ok: false; error: string };

/** Items as the page counts them: tags are board metadata, not drawn items. */
export function countItems(items: readonly { type: string }[]): number {
  return items.filter((item) => item.type !== 'tag').length;
}

export function tooLarge(name: string, bytes: number): LoadOutcome | undefined {
  if (bytes <= MAX_SNAPSHOT_BYTES) return undefined;
  return { ok: false, error: `Could not load ${name}: ${(bytes / 1024 / 1024).toFixed(1)} MB is over the 20 MB limit. The board is unchanged.` };
}

/** The page's account of a parse: a one-line summary and the first few warnings, or the error. */
export function describeLoad(name: string, parsed: SnapshotParse): LoadOutcome {
  if (!parsed.ok) return { ok: false, error: `Could not load ${name}: ${parsed.error}. The board is unchanged.` };
  const { snapshot, warnings } = parsed;
  const warned = warnings.length === 0 ? 'no warnings' : plural(warnings.length, 'warning');
  return { ok: true, snapshot, warnings: warnings.slice(0, SHOWN_WARNINGS), summary: `Loaded ${name}: ${plural(countItems(snapshot.items), 'item')}, ${warned}.` };
}

/** The snapshot as a file for the browser to download. */
export function snapshotBlob(snapshot: BoardSnapshot): Blob {
  return new Blob([serializeSnapshot(snapshot)], { type: 'application/json' });
}
