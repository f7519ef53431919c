// Inserting a preset from the demo page's panel: the frame and its stickies are
// drawn with the colours of their valence. `UPDATE_SCREENSHOT=1 npm run
// test:browser` also refreshes docs/inserted-map.png for the README.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stickyText } from '../../src/layout/grid-items.ts';
import { STICKY_HEX } from '../../src/model/sticky-hex.ts';
import { colorForValence } from '../../src/model/valence.ts';
import { presetJourney } from '../../src/templates/index.ts';
import { sharedBrowser, openDemo, type PageProblems } from './helpers';

const browser = sharedBrowser();
let page: Page;
let problems: PageProblems;

/** Inserts the panel's map and waits until the board shows `frames` frames and the panel says it is done. */
async function insert(frames = 1): Promise<string> {
  await page.getByRole('button', { name: 'Insert journey map' }).click();
  await page.waitForFunction((count) => document.querySelectorAll('[data-item-type=frame]').length === count, frames, { timeout: 20_000 });
  const status = page.getByRole('status').filter({ hasText: /^Inserted/ });
  await status.waitFor({ timeout: 20_000 });
  return (await status.textContent()) ?? '';
}

describe('inserting a journey map on the demo page', () => {
  beforeEach(async () => {
    page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
    problems = await openDemo(page);
    await page.getByRole('button', { name: 'Insert journey map' }).waitFor();
  });

  afterEach(async () => {
    await page.close();
  });

  it('inserts the chosen preset with an edited stage name, stickies in their valence colours', async () => {
    const journey = presetJourney('e-commerce');
    if (journey === undefined) throw new Error('no e-commerce preset');
    await page.getByLabel('Start from').selectOption('e-commerce');
    await page.getByRole('textbox', { name: 'stage 1 name' }).fill('Discovery');
    expect(await insert()).toMatch(/^Inserted “Online running shoes: first order”: \d+ items in a new frame\.$/);

    expect(await page.locator('[data-item-type=frame]').count()).toBe(1);
    expect(await page.locator('[data-item-type=shape]').filter({ has: page.locator('title', { hasText: /^Discovery$/ }) }).count()).toBe(1);
    const stickies = page.locator('[data-item-type=sticky_note]');
    expect(await stickies.count()).toBe(journey.notes.length);
    const drawn = await stickies.evaluateAll((nodes) =>
      nodes.map((node) => ({ text: node.querySelector('title')?.textContent ?? '', fill: node.querySelectorAll('rect')[1]?.getAttribute('fill') ?? '' })),
    );
    const expected = journey.notes.map((note) => ({ text: stickyText(note), fill: STICKY_HEX[colorForValence(note.valence, journey.palette)] }));
    expect(drawn.sort((a, b) => a.text.localeCompare(b.text))).toEqual(expected.sort((a, b) => a.text.localeCompare(b.text)));
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });

    if (process.env['UPDATE_SCREENSHOT'] === '1') {
      const docs = new URL('../../docs/', import.meta.url);
      mkdirSync(docs, { recursive: true });
      await page.screenshot({ path: new URL('inserted-map.png', docs).pathname });
    }
  });

  it('inserts every kind of map, each next to the one before', async () => {
    const kinds = ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'];
    for (const [index, kind] of kinds.entries()) {
      await page.getByLabel('Start from').selectOption('blank');
      await page.getByLabel('Map kind').selectOption(kind);
      await insert(index + 1);
    }
    const frames = page.locator('[data-item-type=frame]');
    expect(await frames.count()).toBe(4);
    expect(problems.pageErrors).toEqual([]);
  });
});
