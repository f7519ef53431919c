// Reads Vite's build manifest (`.vite/manifest.json`) and splits an HTML
// entry's JavaScript into what loads before first paint (the entry chunk and
// its static imports, transitively) and what only dynamic imports reach.
import { describeIssues, z } from '../src/model/zod.ts';
import { append } from '../src/model/arrays.ts';

const chunkSchema = z.looseObject({
  file: z.string(),
  isEntry: z.optional(z.boolean()),
  isDynamicEntry: z.optional(z.boolean()),
  imports: z.optional(z.array(z.string())),
  dynamicImports: z.optional(z.array(z.string())),
  css: z.optional(z.array(z.string())),
});

const manifestSchema = z.record(z.string(), chunkSchema);

export type Manifest = z.infer<typeof manifestSchema>;

export function parseManifest(data: unknown): Manifest {
  const result = z.safeParse(manifestSchema, data);
  if (!result.success) throw new Error(`unreadable Vite manifest: ${describeIssues(result.error).join('; ')}`);
  return result.data;
}

export interface EntryFiles {
  /** Files of the entry chunk and everything it imports statically: loaded before first paint. */
  initial: string[];
  /** Files reachable only through dynamic imports (and their static imports). */
  lazy: string[];
  /** Stylesheets the initial chunks pull in. */
  initialCss: string[];
}

function chunk(manifest: Manifest, key: string): Manifest[string] {
  const found = manifest[key];
  if (found === undefined) throw new Error(`the Vite manifest has no chunk "${key}"`);
  return found;
}

/** Keys of `roots` and of every chunk they import statically, transitively. */
export function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    append(queue, chunk(manifest, key).imports ?? []);
  }
  return seen;
}

/** Splits what the HTML entry `entryKey` (e.g. "app.html") loads into initial and lazy files. */
export function entryFiles(manifest: Manifest, entryKey: string): EntryFiles {
  const initial = staticClosure(manifest, [entryKey]);
  const everything = new Set(initial);
  let frontier = [...initial];
  while (frontier.length > 0) {
    const dynamic = frontier.flatMap((key) => chunk(manifest, key).dynamicImports ?? []);
    const reached = staticClosure(manifest, dynamic);
    frontier = [...reached].filter((key) => !everything.has(key));
    for (const key of frontier) everything.add(key);
  }
  const files = (keys: Iterable<string>) => [...new Set([...keys].map((key) => chunk(manifest, key).file))].filter((file) => file.endsWith('.js')).sort();
  const lazyKeys = [...everything].filter((key) => !initial.has(key));
  return {
    initial: files(initial),
    lazy: files(lazyKeys),
    initialCss: [...new Set([...initial].flatMap((key) => chunk(manifest, key).css ?? []))].sort(),
  };
}
