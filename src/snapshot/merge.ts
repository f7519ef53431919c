// Writing an edited board back over the snapshot file it came from. The parser
// skips what it cannot read (malformed items, metadata of the wrong shape); a
// command that edits a snapshot (recolor) must not drop those from the file it
// writes: only the items the app changed are replaced, everything else stays
// exactly as it was in the input.
import { z } from '../model/zod.ts';
import { serializeSnapshot, type BoardSnapshot, type SnapshotItem } from './snapshot.ts';

const rawSnapshotSchema = z.looseObject({ items: z.array(z.unknown()), metadata: z.optional(z.unknown()) });

function idOf(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function objectOrEmpty(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The input snapshot's text with the app's changes applied: items changed in
 * `after` replace the input's (first) item with their id, items `after` no
 * longer holds are left out, new items are appended; every other entry of the
 * input is kept as it was, readable or not.
 */
export function mergeSnapshotChanges(inputText: string, change: { before: BoardSnapshot; after: BoardSnapshot }): { text: string; dropped: string[] } {
  const raw = rawSnapshotSchema.safeParse(JSON.parse(inputText.replace(/^\uFEFF/, '')));
  if (!raw.success) return { text: serializeSnapshot(change.after), dropped: [] };
  const before = new Map(change.before.items.map((item) => [item.id, JSON.stringify(item)]));
  const after = new Map(change.after.items.map((item): [string, SnapshotItem] => [item.id, item]));
  const replaced = new Set<string>();
  const dropped: string[] = [];
  const items = raw.data.items.flatMap((item, index): unknown[] => {
    const id = idOf(item);
    if (id === undefined || !before.has(id) || replaced.has(id)) {
      // JSON nested deeper than the stack allows cannot be written back at all: the one thing left out, and said.
      if (serializable(item)) return [item];
      dropped.push(`item ${index}${id === undefined ? '' : ` (id ${id})`}: left out of the file written, nested too deeply to write`);
      return [];
    }
    replaced.add(id);
    const now = after.get(id);
    if (now === undefined) return [];
    return [JSON.stringify(now) === before.get(id) ? item : now];
  });
  const added = change.after.items.filter((item) => !before.has(item.id));
  const metadata = { ...objectOrEmpty(raw.data.metadata), ...change.after.metadata };
  const output = { ...raw.data, items: [...items, ...added], metadata };
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
