// The local demo page in Chromium: the board and the panel, snapshots in and
// out, click-to-select, pan and zoom.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { baseUrl, isolate, sharedBrowser, openDemo, type PageProblems } from './helpers';

const COFFEE_PATH = new URL('../../src/demo/examples/board-handmade-coffee.json', import.meta.url);
const COFFEE_TEXT = readFileSync(COFFEE_PATH, 'utf8');

const browser = sharedBrowser();
let page: Page;
let problems: PageProblems;

// The demo's own controls; the panel beside them has buttons, file inputs and messages of its own.
const toolbar = () => page.locator('header.demo-toolbar');
const fileInput = () => toolbar().getByLabel('Load snapshot');
const status = (text: string) => toolbar().getByRole('status').filter({ hasText: text });
const stickies = () => page.locator('[data-item-type=sticky_note]');
const board = () => page.getByRole('group', { name: /^Board,/ });

async function loadCoffee(): Promise<void> {
  await fileInput().setInputFiles(COFFEE_PATH.pathname);
  await status('Loaded board-handmade-coffee.json').waitFor();
}

describe('the demo page', () => {
  beforeEach(async () => {
    page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    problems = await openDemo(page);
  });

  afterEach(async () => {
    await page.close();
  });

  it('shows the board and the panel, without errors', async () => {
    await board().waitFor();
    await page.getByRole('tablist', { name: 'Journey map tools' }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Insert', 'Emotions', 'Gaps', 'Data', 'Review']);
    const panelWidth = await page.locator('.demo-panel').evaluate((element) => element.getBoundingClientRect().width);
    expect(panelWidth).toBeGreaterThanOrEqual(320);
    expect(panelWidth).toBeLessThanOrEqual(370);
    expect(await stickies().count()).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });

  it('draws a snapshot loaded through "Load snapshot"', async () => {
    await loadCoffee();
    expect(await status('Loaded').textContent()).toBe('Loaded board-handmade-coffee.json: 16 items, no warnings.');
    expect(await stickies().count()).toBe(6);
    const note = page.locator('[data-item-id=cs-1]');
    expect(await note.getAttribute('data-item-type')).toBe('sticky_note');
    expect(await note.locator('title').textContent()).toBe('Sees an Instagram ad');
    expect(await note.locator('tspan', { hasText: 'Instagram' }).isVisible()).toBe(true);
    expect(await page.locator('[data-item-type=frame]').count()).toBe(1);
    expect(await page.locator('[data-item-id=cs-h2] title').textContent()).toBe('First box');
    expect(problems.pageErrors).toEqual([]);
  });

  it('selects a sticky on click, adds one on shift-click, clears on the background', async () => {
    await loadCoffee();
    await page.locator('[data-item-id=cs-1]').click();
    expect(await page.locator('[data-selected-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-selected-id')))).toEqual(['cs-1']);
    await page.locator('[data-item-id=cs-4]').click({ modifiers: ['Shift'] });
    expect(await board().getAttribute('aria-label')).toMatch(/, 2 selected\./);
    const box = await board().boundingBox();
    if (!box) throw new Error('the board has no box');
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    expect(await page.locator('[data-selected-id]').count()).toBe(0);
  });

  it('selects items from the keyboard: N and P step through them, Escape clears', async () => {
    await loadCoffee();
    const selected = () => page.locator('[data-selected-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-selected-id')));
    await board().focus();
    await page.keyboard.press('n');
    expect(await selected()).toEqual(['cs-frame']);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    expect(await selected()).toEqual(['cs-persona']);
    await page.keyboard.press('Escape');
    expect(await selected()).toEqual([]);
  });

  it('shows why a malformed file was refused and leaves the board as it was', async () => {
    await loadCoffee();
    await fileInput().setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "items": ') });
    const alert = toolbar().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Could not load broken\.json: not valid JSON: .+\. The board is unchanged\.$/);
    expect(await stickies().count()).toBe(6);
  });

  it('lists the first warnings of a file with skipped items', async () => {
    const data = JSON.parse(COFFEE_TEXT) as { items: unknown[] };
    data.items.push({ id: 'bad-1', type: 'sticky_note', x: 'left' }, { type: 'shape' });
    await fileInput().setInputFiles({ name: 'partly.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await status('Loaded partly.json').waitFor();
    expect(await status('Loaded').textContent()).toBe('Loaded partly.json: 16 items, 2 warnings.');
    expect(await toolbar().getByRole('list', { name: 'Warnings' }).getByRole('listitem').count()).toBe(2);
    expect(await stickies().count()).toBe(6);
  });

  it('saves a snapshot that parses back to the same items', async () => {
    await loadCoffee();
    const [download] = await Promise.all([page.waitForEvent('download'), toolbar().getByRole('button', { name: 'Save snapshot' }).click()]);
    expect(download.suggestedFilename()).toBe('board-snapshot.json');
    expect(await status('Saved').textContent()).toBe('Saved board-snapshot.json: 16 items.');
    const path = await download.path();
    const saved = parseSnapshotText(readFileSync(path, 'utf8'));
    const original = parseSnapshotText(COFFEE_TEXT);
    if (!saved.ok || !original.ok) throw new Error('a snapshot did not parse');
    expect(saved.warnings).toEqual([]);
    expect(saved.snapshot.items).toEqual(original.snapshot.items);
  });

  it('loads the example, zooms and pans (buttons, keys, drag, wheel), clears the board', async () => {
    await toolbar().getByRole('button', { name: 'Load example' }).click();
    await status('Loaded the hand-made coffee example').waitFor();
    expect(await stickies().count()).toBe(6);
    const svg = page.locator('svg.demo-svg');
    const before = await svg.getAttribute('viewBox');
    await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await svg.getAttribute('viewBox');
    expect(zoomed).not.toBe(before);
    await board().focus();
    await page.keyboard.press('ArrowRight');
    const panned = (await svg.getAttribute('viewBox'))?.split(' ').map(Number) ?? [];
    const zoomedNumbers = zoomed?.split(' ').map(Number) ?? [];
    expect(panned[0]).toBeGreaterThan(zoomedNumbers[0] ?? Infinity);
    expect(panned[2]).toBeCloseTo(zoomedNumbers[2] ?? 0);
    const box = await board().boundingBox();
    if (!box) throw new Error('the board has no box');
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 220, box.y + 120, { steps: 5 });
    await page.mouse.up();
    const dragged = (await svg.getAttribute('viewBox'))?.split(' ').map(Number) ?? [];
    expect(dragged[0]).toBeLessThan(panned[0] ?? -Infinity);
    expect(dragged[1]).toBeLessThan(panned[1] ?? -Infinity);
    expect(await page.locator('[data-selected-id]').count()).toBe(0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    // The wheel event is dispatched without waiting for the page to handle it.
    await expect.poll(async () => Number((await svg.getAttribute('viewBox'))?.split(' ')[2])).toBeGreaterThan(dragged[2] ?? Infinity);
    await toolbar().getByRole('button', { name: 'Clear board' }).click();
    expect(await stickies().count()).toBe(0);
  });
});

describe('the panel page outside Miro', () => {
  it('points to the local demo', async () => {
    const panelPage = await browser().newPage();
    try {
      await isolate(panelPage);
      await panelPage.goto(`${baseUrl()}/app.html`);
      const link = panelPage.getByRole('link', { name: 'local demo' });
      await link.click();
      await panelPage.waitForURL(/\/demo\.html$/);
      await panelPage.getByRole('tablist', { name: 'Journey map tools' }).waitFor();
    } finally {
      await panelPage.close();
    }
  });
});

describe('built panel', () => {
  it('loads at most 80 KB of gzipped JavaScript before its first paint (tabs load later)', () => {
    // run.mjs builds into dist/ before the tests run.
    const dist = new URL('../../dist/', import.meta.url);
    const html = readFileSync(new URL('app.html', dist), 'utf8');
    const entry = [...html.matchAll(/<script[^>]*\ssrc="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    expect(entry).toHaveLength(1);
    const files = [...entry, ...preloaded];
    expect(files.some((path) => /InsertTab|EmotionsTab|GapsTab/.test(path))).toBe(false);
    const bytes = files.reduce((sum, path) => sum + gzipSync(readFileSync(new URL(path, dist))).length, 0);
    expect(bytes).toBeLessThanOrEqual(80 * 1024);
  });
});
