// The demo page in Chromium for the benchmarks: `vite build`, `vite preview` on
// 127.0.0.1, headless Chromium kept off the network, and every main-thread
// long task recorded from the page's first script on (PerformanceObserver).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { maxOf } from '../src/model/arrays.ts';
import { longestMainThreadTasks, TRACE_CATEGORIES, type MainThreadTasks } from './main-thread-trace.ts';

const root = resolve(import.meta.dirname, '..');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface DemoSession {
  /** A new page with the demo open, long tasks recorded. */
  open(): Promise<Page>;
}

/** Builds and serves the demo, launches Chromium, runs `work`, then closes it all. */
export async function withDemo<T>(work: (session: DemoSession) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'journey-map-demo-bench-'));
  const outDir = join(dir, 'dist');
  let browser: Browser | null = null;
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  try {
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('vite preview has no TCP address');
    const launched = (browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }));
    return await work({ open: () => openDemo(launched, `http://127.0.0.1:${address.port}/demo.html`) });
  } finally {
    await browser?.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
    await rm(dir, { recursive: true, force: true });
  }
}

async function openDemo(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.route(/^https?:\/\/([^/]+\.)?miro\.com\//, (route) => route.abort());
  await page.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
  await page.addInitScript(() => {
    const holder = window as unknown as { __longTasks: number[] };
    holder.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) holder.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Long tasks since the last call. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const holder = window as unknown as { __longTasks: number[] };
    const taken = holder.__longTasks;
    holder.__longTasks = [];
    return taken;
  });
}

/** Times `act` until a status line matches `done` (an alert fails it), with the longest main-thread task meanwhile. */
export async function timeStep(page: Page, step: { act: () => Promise<void>; done: RegExp; timeoutMs: number }): Promise<{ ms: number; longestTaskMs: number }> {
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

/** `timeStep`, traced: also the longest main-thread task's wall and CPU time in a Chromium trace of the step. */
export async function tracedStep(page: Page, step: { act: () => Promise<void>; done: RegExp; timeoutMs: number }): Promise<{ ms: number; longestTaskMs: number; traced: MainThreadTasks }> {
  const browser = page.context().browser();
  if (browser === null) throw new Error('the page has no browser to trace');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const timed = await timeStep(page, step);
  return { ...timed, traced: longestMainThreadTasks((await browser.stopTracing()).toString('utf8')) };
}
