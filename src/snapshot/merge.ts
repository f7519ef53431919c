// Writing an edited board back over the snapshot file it came from. The parser
// skips what it cannot read (malformed items, metadata of the wrong shape) and
// drops fields it cannot read (a `tagIds` with a number in it, a `null`
// content); a command that edits a snapshot (recolor) must not lose those
// from the file it writes. Only the fields the app changed are written, into
// the input's own entries; everything else stays exactly as it was: unread
// items (whatever their ids), unknown keys (even `__proto__`) and key order.
import { readItems, serializeSnapshot, type BoardSnapshot, type SnapshotItem } from './snapshot.ts';

type Entries = [string, unknown][];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `raw` with the change from `before` to `after` applied field by field:
 * fields the app left alone keep their input value (even one the parser could
 * not read); nested objects (style) are patched the same way. Objects are
 * rebuilt from entries, so a key named `__proto__` stays a plain key.
 */
export function patchJson(raw: unknown, change: { before: unknown; after: unknown }): unknown {
  const { before, after } = change;
  if (same(before, after)) return raw;
  if (!isRecord(after) || !isRecord(raw) || (before !== undefined && !isRecord(before))) return after;
  const was = before ?? {};
  const entries: Entries = Object.entries(raw).flatMap(([key, value]): Entries => {
    if (!Object.hasOwn(after, key)) return Object.hasOwn(was, key) ? [] : [[key, value]];
    return [[key, patchJson(value, { before: was[key], after: after[key] })]];
  });
  for (const [key, value] of Object.entries(after)) if (!Object.hasOwn(raw, key) && !same(was[key], value)) entries.push([key, value]);
  return Object.fromEntries(entries);
}

/** The input's `items` entries with the app's changes: changed items patched, deleted ones left out, unread ones kept. */
function mergeItems(raws: readonly unknown[], { after, dropped }: { after: BoardSnapshot; dropped: string[] }): unknown[] {
  const read = readItems(raws, []);
  const readAt = new Map(read.sources.map((source, index): [number, SnapshotItem | undefined] => [source, read.items[index]]));
  const now = new Map(after.items.map((item): [string, SnapshotItem] => [item.id, item]));
  const readIds = new Set(read.items.map((item) => item.id));
  const items = raws.flatMap((raw, index): unknown[] => {
    const before = readAt.get(index);
    if (before !== undefined) {
      const current = now.get(before.id);
      return current === undefined ? [] : [patchJson(raw, { before, after: current })];
    }
    // JSON nested deeper than the stack allows cannot be written back at all: the one thing left out, and said.
    if (serializable(raw)) return [raw];
    const id = isRecord(raw) && typeof raw.id === 'string' ? ` (id ${raw.id})` : '';
    dropped.push(`item ${index}${id}: left out of the file written, nested too deeply to write`);
    return [];
  });
  return [...items, ...after.items.filter((item) => !readIds.has(item.id))];
}

/**
 * The input snapshot's text with the app's changes applied (see above);
 * `dropped` says what could not be written back.
 */
export function mergeSnapshotChanges(inputText: string, change: { before: BoardSnapshot; after: BoardSnapshot }): { text: string; dropped: string[] } {
  const raw: unknown = JSON.parse(inputText.replace(/^\uFEFF/, ''));
  if (!isRecord(raw) || !Array.isArray(raw.items)) return { text: serializeSnapshot(change.after), dropped: [] };
  const dropped: string[] = [];
  const items = mergeItems(raw.items, { after: change.after, dropped });
  const patched = patchJson(raw, { before: { ...change.before, items: null }, after: { ...change.after, items: null } });
  const output = Object.fromEntries(Object.entries(isRecord(patched) ? patched : raw).map(([key, value]) => [key, key === 'items' ? items : value]));
  if (serializable(output)) return { text: `${JSON.stringify(output, null, 2)}\n`, dropped };
  return { text: serializeSnapshot(change.after), dropped: [...dropped, 'metadata or app data nested too deeply to write: the parsed snapshot was written instead'] };
}

function serializable(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}
