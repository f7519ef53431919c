// A big value sent between the page and a worker a slice at a time. One
// structured clone of a 60,000-sticky snapshot, or of the gap check's answer on
// it (16 MB of journey and findings), is one task of a quarter second or more
// on the side that receives it, and on the page's side when it sends. Here each
// array longer than a slice, wherever it sits in the value, goes ahead in
// slices of SLICE_ITEMS, each its own message; then the value without them.
import { append } from '../model/arrays.ts';
import { SLICE_ITEMS } from '../model/next-task.ts';

type Path = readonly (string | number)[];

export type SlicedPart = { kind: 'slice'; id: number; path: Path; items: unknown[] } | { kind: 'rest'; id: number; value: unknown };

/** Arrays this many levels down or fewer are sliced: the snapshot's items and the journey's notes are two. */
const MAX_DEPTH = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The messages that carry `value`, in the order to send them: each long
 * array's slices, then the rest of the value with those arrays left empty
 * (containers on their way copied, so `value` itself is unchanged).
 */
export function slicedParts(id: number, value: unknown): SlicedPart[] {
  const slices: SlicedPart[] = [];
  const strip = (node: unknown, path: Path): unknown => {
    if (Array.isArray(node) && node.length > SLICE_ITEMS) {
      for (let start = 0; start < node.length; start += SLICE_ITEMS) slices.push({ kind: 'slice', id, path, items: node.slice(start, start + SLICE_ITEMS) });
      return [];
    }
    if (!isRecord(node) || path.length >= MAX_DEPTH) return node;
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(node)) {
      const stripped = strip(node[key], [...path, key]);
      if (stripped === node[key]) continue;
      copy ??= { ...node };
      copy[key] = stripped;
    }
    return copy ?? node;
  };
  const rest = strip(value, []);
  return [...slices, { kind: 'rest', id, value: rest }];
}

/** Gathers the parts of each value by id; gives the whole value when its `rest` comes, else undefined. */
export function slicedReceiver(): (part: SlicedPart) => unknown {
  const pending = new Map<number, { path: Path; items: unknown[] }[]>();
  return (part) => {
    const arrays = pending.get(part.id) ?? [];
    if (part.kind === 'slice') {
      const last = arrays.at(-1);
      if (last !== undefined && samePath(last.path, part.path)) append(last.items, part.items);
      else arrays.push({ path: part.path, items: [...part.items] });
      pending.set(part.id, arrays);
      return undefined;
    }
    pending.delete(part.id);
    // The value itself was the long array.
    if (arrays[0]?.path.length === 0) return arrays[0].items;
    for (const { path, items } of arrays) put(part.value, path, items);
    return part.value;
  };
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((key, index) => key === b[index]);

/** Puts the gathered array back where it was taken from (the rest holds an empty array there). */
function put(value: unknown, path: Path, items: unknown[]): void {
  let node = value;
  for (const key of path.slice(0, -1)) node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  const last = path.at(-1);
  if (isRecord(node) && last !== undefined && Array.isArray(node[last])) node[last] = items;
}
