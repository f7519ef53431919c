// The demo page on a big board, in Chromium: load a 60,000-sticky snapshot
// (about 12 MB) and run the gap check, timing both and recording the longest
// main-thread task (goal: none over 200 ms; the check within 2 s).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { benchSnapshot } from './readback.ts';
import { maxOf } from '../src/model/arrays.ts';
import { formatSection, goalRow, NOT_AVAILABLE } from './table.ts';

export const DEMO_STICKIES = 60_000;

export interface DemoFigures {
  stickies: number;
  megabytes: number;
  loadMs: number;
  loadLongestTaskMs: number;
  checkMs: number;
  checkLongestTaskMs: number;
  findingsShown: number;
}

const root = resolve(import.meta.dirname, '..');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Long tasks since the last call (the page records them from its first script on). */
async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const holder = window as unknown as { __longTasks: number[] };
    const taken = holder.__longTasks;
    holder.__longTasks = [];
    return taken;
  });
}

async function timeStep(page: Page, step: { act: () => Promise<void>; done: RegExp; timeoutMs: number }): Promise<{ ms: number; longestTaskMs: number }> {
  await takeLongTasks(page);
  const started = performance.now();
  await step.act();
  const status = page.getByRole('status').filter({ hasText: step.done }).first();
  const failure = page.getByRole('alert').first();
  await status.or(failure).waitFor({ timeout: step.timeoutMs });
  if (!(await status.isVisible())) throw new Error(`the page said: ${await failure.textContent()}`);
  const ms = performance.now() - started;
  // Tasks still running when the status appeared are reported once they end.
  await page.waitForTimeout(300);
  return { ms, longestTaskMs: maxOf(await takeLongTasks(page), 0) };
}

export async function benchDemoBig(stickies = DEMO_STICKIES): Promise<DemoFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'journey-map-demo-bench-'));
  const outDir = join(dir, 'dist');
  const file = join(dir, 'big-board.json');
  // Compact, as a board export is: 60,000 stickies are about 12 MB (indented, over the page's 20 MB limit).
  const text = JSON.stringify(benchSnapshot(stickies));
  await writeFile(file, text);
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('vite preview has no TCP address');
    const page = await browser.newPage();
    await page.route(/^https?:\/\/([^/]+\.)?miro\.com\//, (route) => route.abort());
    await page.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
    await page.addInitScript(() => {
      const holder = window as unknown as { __longTasks: number[] };
      holder.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) holder.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${address.port}/demo.html`, { waitUntil: 'load' });
    const load = await timeStep(page, { act: () => page.getByLabel('Load snapshot').setInputFiles(file), done: /^Loaded/, timeoutMs: 1_200_000 });
    await page.getByRole('tab', { name: 'Gaps' }).click();
    const check = await timeStep(page, { act: () => page.getByRole('button', { name: 'Run gap check' }).click(), done: /^Checked/, timeoutMs: 1_200_000 });
    const findingsShown = await page.locator('.jm-finding, [data-finding]').count();
    return { stickies, megabytes: text.length / 1e6, loadMs: load.ms, loadLongestTaskMs: load.longestTaskMs, checkMs: check.ms, checkLongestTaskMs: check.longestTaskMs, findingsShown };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) console.log(await benchDemoBig(Number(process.argv[2] ?? DEMO_STICKIES)));

/** The section of `npm run bench`: load and check times beside their goals. */
export function demoBigSection(outcome: { ok: true; value: DemoFigures } | { ok: false; reason: string }): string {
  const title = `Demo page in Chromium: a ${DEMO_STICKIES.toLocaleString('en-US')}-sticky snapshot`;
  if (!outcome.ok) return formatSection(title, [{ figure: NOT_AVAILABLE, measured: outcome.reason }]);
  const figures = outcome.value;
  return formatSection(title, [
    { figure: 'snapshot size', measured: `${figures.megabytes.toFixed(1)} MB` },
    { figure: 'load (file chosen → "Loaded")', measured: `${Math.round(figures.loadMs).toLocaleString('en-US')} ms` },
    goalRow('longest main-thread task while loading', { value: figures.loadLongestTaskMs, max: 200, unit: ' ms', digits: 0 }),
    goalRow('gap check (click → "Checked")', { value: figures.checkMs, max: 2000, unit: ' ms', digits: 0 }),
    goalRow('longest main-thread task while checking', { value: figures.checkLongestTaskMs, max: 200, unit: ' ms', digits: 0 }),
    { figure: 'findings rendered', measured: figures.findingsShown.toLocaleString('en-US') },
  ]);
}
