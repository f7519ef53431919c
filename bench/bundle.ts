// Bundle size: a production build (into a temporary folder, so it never races
// the browser tests' dist/), then the gzipped bytes of what each page loads.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { entryFiles, parseManifest } from './manifest.ts';

export interface ChunkSize {
  file: string;
  gzBytes: number;
}

export interface BundleFigures {
  headlessGzBytes: number;
  panelInitialGzBytes: number;
  lazyGzBytes: number;
  panelInitialCssGzBytes: number;
  /** Every chunk the panel loads only on demand, biggest first. */
  lazyChunks: ChunkSize[];
  /** The chunks the panel loads before first paint, biggest first. */
  initialChunks: ChunkSize[];
}

const root = resolve(import.meta.dirname, '..');

async function gzSizes(outDir: string, files: readonly string[]): Promise<ChunkSize[]> {
  const sizes = await Promise.all(files.map(async (file) => ({ file, gzBytes: gzipSync(await readFile(join(outDir, file))).length })));
  return sizes.sort((a, b) => b.gzBytes - a.gzBytes);
}

const total = (chunks: readonly ChunkSize[]) => chunks.reduce((sum, chunk) => sum + chunk.gzBytes, 0);

/** Builds the app (vite.config.ts plus a manifest) and measures it. */
export async function measureBundle(): Promise<BundleFigures> {
  const outDir = await mkdtemp(join(tmpdir(), 'journey-map-bench-'));
  try {
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, manifest: true } });
    const manifest = parseManifest(JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')));
    const headless = entryFiles(manifest, 'index.html');
    const panel = entryFiles(manifest, 'app.html');
    const headlessChunks = await gzSizes(outDir, [...headless.initial, ...headless.lazy]);
    const initialChunks = await gzSizes(outDir, panel.initial);
    const lazyChunks = await gzSizes(outDir, panel.lazy);
    const css = await gzSizes(outDir, panel.initialCss);
    return {
      headlessGzBytes: total(headlessChunks),
      panelInitialGzBytes: total(initialChunks),
      lazyGzBytes: total(lazyChunks),
      panelInitialCssGzBytes: total(css),
      lazyChunks,
      initialChunks,
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
