// What a facilitator relies on, in the demo page: recolour leaves pains, ideas
// and thoughts alone; a palette switch on a map without a legend asks, writes
// one, and the gap check loses nothing; findings come grouped by rule with
// "Select all"; Cancel puts the board back and says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gapCheck, isoDay } from '../../src/analysis/gap-check.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { isSticky, parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { baseUrl, isolate, sharedBrowser, openDemo, watch } from './helpers';

const COFFEE = join(import.meta.dirname, '../fixtures/board-handmade-coffee.json');
const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], cspViolations: [] };

const browser = sharedBrowser();

async function save(page: Page): Promise<BoardSnapshot> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save snapshot' }).click()]);
  const parsed = parseSnapshotText(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

/** Sticky id → fill, for the stickies of the lanes whose colours are categories. */
function categoryColours(snapshot: BoardSnapshot): Record<string, unknown> {
  const read = readJourney(snapshot);
  if (!read.ok) throw new Error(read.message);
  const lanes = new Set(read.journey.lanes.filter((lane) => ['pain-points', 'opportunities', 'thoughts'].includes(lane.kind)).map((lane) => lane.id));
  const ids = new Set(read.journey.notes.filter((note) => lanes.has(note.laneId)).map((note) => note.id));
  return Object.fromEntries(snapshot.items.filter((item) => isSticky(item) && ids.has(item.id)).map((item) => [item.id, isSticky(item) ? item.style?.fillColor : undefined]));
}

describe('a recolour and a gap check a facilitator can trust', () => {
  it('recolours touchpoints only, says which lanes it leaves and why, and keeps every pain, idea and thought colour', async () => {
    const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
    const problems = await openDemo(page);
    await page.getByRole('button', { name: 'Insert journey map' }).click();
    await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 30_000 });
    const before = categoryColours(await save(page));
    expect(Object.keys(before).length).toBeGreaterThan(5);

    await page.getByRole('tab', { name: 'Emotions' }).click();
    await page.getByLabel('Recompute stickies already coloured, from their text').check();
    await page.getByRole('button', { name: 'Preview recolour' }).click();
    const lanes = page.getByTestId('recolour-lanes');
    await lanes.waitFor();
    expect(await lanes.textContent()).toMatch(/^Covers Touchpoints, Emotions\. Left as they are: .*Pain points \(\d+\).*: their colours are categories, not emotions; tick “Every lane” to include them\.$/);
    const apply = page.getByRole('button', { name: 'Apply recolour' });
    if (await apply.isVisible()) {
      await apply.click();
      await page.getByRole('status').filter({ hasText: /^Recoloured/ }).waitFor({ timeout: 30_000 });
    }
    expect(categoryColours(await save(page))).toEqual(before);
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 90_000);

  it('asks before switching palette on a map without a legend, writes one, and the gap check loses no finding; findings come grouped with Select all', async () => {
    const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
    const problems = await openDemo(page);
    await page.getByLabel('Load snapshot').setInputFiles(COFFEE);
    await page.getByRole('status').filter({ hasText: /^Loaded board-handmade-coffee/ }).waitFor();
    const parsed = parseSnapshotText(readFileSync(COFFEE, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const expected = gapCheck(parsed.snapshot, { today: isoDay(new Date()) });
    if (!expected.ok) throw new Error(expected.message);

    await page.getByRole('tab', { name: 'Emotions' }).click();
    const classic = page.getByRole('radio', { name: 'Classic palette' });
    await expect.poll(() => classic.isChecked()).toBe(true);
    await page.getByRole('group', { name: 'Colours of the selected map' }).getByText('Colour-blind safe palette').click();
    await page.getByRole('button', { name: 'Switch the map to this palette' }).click();
    await page.getByRole('status').filter({ hasText: 'This map has no legend saying which palette it uses: switch and add one?' }).waitFor();
    await page.getByRole('button', { name: 'Switch and add a legend' }).click();
    await page.locator('.jm-status').filter({ hasText: /^Switched to the colour-blind palette: .* Added a legend naming the palette at the frame’s top right\.$/ }).waitFor({ timeout: 30_000 });

    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.getByRole('button', { name: 'Run gap check' }).click();
    const summary = page.getByRole('status').filter({ hasText: /^Checked/ });
    await summary.waitFor();
    expect(await summary.textContent()).toBe(`Checked "${expected.frame.title}": ${expected.findings.length} findings.`);
    expect(await page.getByTestId('gaps-score').textContent()).toBe(String(expected.score));

    const owners = page.locator('.jm-finding-group[data-rule=missing-owner]');
    expect(await owners.locator('summary').textContent()).toBe('3 touchpoints and opportunities have no owner');
    await owners.locator('summary').click();
    expect(await owners.locator('.jm-finding-message').count()).toBe(3);
    await page.getByRole('button', { name: 'Select all 3 on the board: 3 touchpoints and opportunities have no owner' }).click();
    await expect.poll(() => page.locator('[data-selected-id]').count()).toBe(3);
    expect(await page.getByRole('region', { name: 'What the map says about the customer' }).locator('summary').allTextContents()).toEqual(['The mood drops sharply once', 'The lowest point of the journey']);
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 90_000);

  it('Cancel during an insert puts the board back and says so, as a status, not an error', async () => {
    const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
    await isolate(page);
    const problems = await watch(page);
    await page.goto(`${baseUrl()}/demo.html?latency=800`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Insert journey map' }).click();
    const progress = page.getByRole('progressbar', { name: 'Inserting the map' });
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(1);
    // Slow calls (800 ms each) keep the insert running while the click arrives.
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Cancelled: the board is as it was; the \d+ items it had made \(frame, tags and children\) were removed\.$/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await save(page)).items).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 90_000);

  it('moves keyboard focus to the result after an action run from the keyboard', async () => {
    const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
    const problems = await openDemo(page);
    await page.getByLabel('Load snapshot').setInputFiles(COFFEE);
    await page.getByRole('status').filter({ hasText: /^Loaded board-handmade-coffee/ }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.getByRole('button', { name: 'Run gap check' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 30_000 }).toBe('gaps-result');
    await page.getByRole('tab', { name: 'Emotions' }).click();
    await page.getByRole('button', { name: 'Preview recolour' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 30_000 }).toBe('emotions-result');
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 90_000);
});
