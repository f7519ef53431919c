// The Emotions tab on the demo page: a frame of yellow workshop stickies is
// recoloured by emotion in one click, the board's drawing follows, undo
// brings the yellow back.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser, openDemo, type PageProblems } from './helpers';

const FIXTURE = new URL('../emotion/fixtures/yellow-workshop.json', import.meta.url).pathname;

const browser = sharedBrowser();
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
  problems = await openDemo(page);
});

/** The fill each sticky is drawn with, by item id. */
async function fills(): Promise<Record<string, string>> {
  const pairs = await page.locator('[data-item-type=sticky_note]').evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute('data-item-id') ?? '', node.querySelectorAll('rect')[1]?.getAttribute('fill') ?? ''] as const),
  );
  return Object.fromEntries(pairs);
}

describe('Emotions tab on the demo page', () => {
  it('recolours a frame of yellow stickies by emotion, and undo restores them', async () => {
    await page.getByLabel('Load snapshot').setInputFiles(FIXTURE);
    await page.getByRole('status').filter({ hasText: 'Loaded yellow-workshop.json' }).waitFor();
    const yellow = await fills();
    expect(Object.keys(yellow)).toHaveLength(15);
    expect(new Set(Object.values(yellow)).size).toBe(1);

    await page.locator('[data-item-id=s1]').click();
    await page.getByRole('tab', { name: 'Emotions' }).click();
    await page.getByRole('button', { name: 'Preview recolour' }).click();
    const summary = page.getByTestId('recolour-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('15 stickies: 3 red, 3 orange, 3 gray, 3 light green, 3 green');

    await page.getByRole('button', { name: 'Apply recolour' }).click();
    await page.getByRole('status').filter({ hasText: 'Recoloured 15 stickies: 3 red, 3 orange, 3 gray, 3 light green, 3 green.' }).waitFor();
    const coloured = await fills();
    expect(new Set(Object.values(coloured)).size).toBe(5);
    expect(coloured.s1).not.toBe(yellow.s1);
    expect(coloured.s1).toBe(coloured.s2); // both very negative
    expect(coloured.s13).toBe(coloured.s14); // both very positive
    expect(coloured.s1).not.toBe(coloured.s13);

    await page.getByRole('button', { name: 'Undo recolour' }).click();
    await page.getByRole('status').filter({ hasText: 'Undone: 15 items changed.' }).waitFor();
    expect(await fills()).toEqual(yellow);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });

  it('keeps the report of a button far down the tab in sight', async () => {
    await page.getByRole('button', { name: 'Refresh curve' }).click();
    const report = page.locator('.demo-panel').getByRole('status').filter({ hasText: '“Workshop: subscription journey” has no emotion lane: nothing to draw.' });
    await report.waitFor();
    const panel = await page.locator('.demo-panel').boundingBox();
    const box = await report.boundingBox();
    if (panel === null || box === null) throw new Error('the panel or the report is not drawn');
    expect(await page.locator('.demo-panel').evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(box.y).toBeGreaterThanOrEqual(panel.y);
    expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height);
  });
});
