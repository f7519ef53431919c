// The Gaps tab on the demo page: insert a map, move a sticky to another stage
// and recolour one red (edited in the saved snapshot and loaded back, as the demo
// has no drag), run the gap check, see the finding, click it, see the board zoom.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gapCheck, isoDay } from '../../src/analysis/gap-check.ts';
import { frameOrigin } from '../../src/snapshot/geometry.ts';
import { isSticky, parseSnapshotText, serializeSnapshot, type BoardSnapshot, type SnapshotSticky } from '../../src/snapshot/snapshot.ts';
import { parseValenceMarker } from '../../src/model/valence.ts';
import { htmlToText, textToHtml } from '../../src/model/html.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { sharedBrowser, openDemo, type PageProblems } from './helpers';

const browser = sharedBrowser();
let page: Page;
let problems: PageProblems;

async function insertAndSave(): Promise<BoardSnapshot> {
  await page.getByRole('button', { name: 'Insert journey map' }).click();
  await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save snapshot' }).click()]);
  const parsed = parseSnapshotText(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

/** Moves the first touchpoint of one stage under the next stage's header, and turns another touchpoint red (without a marker). */
function edit(snapshot: BoardSnapshot): { moved: string; to: string; red: string } {
  const read = readJourney(snapshot);
  if (!read.ok) throw new Error(read.message);
  const { journey } = read;
  const lane = journey.lanes.find((entry) => entry.kind === 'touchpoints');
  const touchpoints = journey.notes.filter((note) => note.laneId === lane?.id);
  const moved = touchpoints[0];
  const stageIndex = journey.stages.findIndex((stage) => stage.id === moved?.stageId);
  const to = journey.stages[stageIndex + 1] ?? journey.stages[stageIndex - 1];
  const red = touchpoints.find((note) => note.id !== moved?.id && note.stageId !== moved?.stageId);
  if (moved === undefined || to === undefined || red === undefined) throw new Error('the inserted map has too few touchpoints');
  const sticky = (id: string) => snapshot.items.find((item): item is SnapshotSticky => item.id === id && isSticky(item));
  const header = snapshot.items.find((item) => item.id === to.id) as { x: number };
  Object.assign(sticky(moved.id) ?? {}, { x: header.x });
  const redSticky = sticky(red.id);
  if (redSticky === undefined) throw new Error('no red sticky');
  const text = htmlToText(redSticky.content);
  redSticky.content = textToHtml(parseValenceMarker(text)?.rest ?? text);
  redSticky.style = { ...redSticky.style, fillColor: 'red' };
  return { moved: moved.id, to: to.id, red: red.id };
}

describe('the Gaps tab on the demo page', () => {
  it('finds the gaps of an edited map and zooms the board to a finding', async () => {
    page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
    problems = await openDemo(page);
    const snapshot = await insertAndSave();
    const { moved, to, red } = edit(snapshot);
    const expected = gapCheck(snapshot, { today: isoDay(new Date()) });
    if (!expected.ok) throw new Error(expected.message);
    expect(expected.journey.notes.find((note) => note.id === moved)?.stageId).toBe(to);
    expect(expected.journey.notes.find((note) => note.id === red)?.valence).toBe(-2);
    const finding = expected.findings.find((entry) => entry.itemIds.includes(red) && entry.severity === 'error') ?? expected.findings.find((entry) => entry.itemIds.includes(red));
    if (finding === undefined) throw new Error('no finding about the red sticky');

    const path = join(tmpdir(), `gaps-edited-${process.pid}.json`);
    writeFileSync(path, serializeSnapshot(snapshot));
    await page.getByLabel('Load snapshot').setInputFiles(path);
    await page.getByRole('status').filter({ hasText: /^Loaded gaps-edited/ }).waitFor();

    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.getByRole('button', { name: 'Run gap check' }).click();
    const summary = page.getByRole('status').filter({ hasText: /^Checked/ });
    await summary.waitFor();
    expect(await summary.textContent()).toBe(`Checked "${expected.frame.title}": ${expected.findings.length} findings.`);
    expect(await page.getByTestId('gaps-score').textContent()).toBe(String(expected.score));

    const svg = page.locator('svg[viewBox]').first();
    const before = await svg.getAttribute('viewBox');
    // Findings are grouped by rule; a closed group is opened by its summary, as a person would.
    const group = page.locator(`.jm-finding-group[data-rule=${finding.rule}] details`);
    if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator('summary').click();
    const button = page.getByRole('button', { name: new RegExp(finding.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
    await button.click();
    await page.waitForFunction((old) => document.querySelector('svg[viewBox]')?.getAttribute('viewBox') !== old, before);
    const [x, y, width, height] = ((await svg.getAttribute('viewBox')) ?? '').split(' ').map(Number) as [number, number, number, number];
    const frame = snapshot.items.find((item) => item.id === expected.frame.id);
    const origin = frame === undefined ? undefined : frameOrigin(frame);
    const target = snapshot.items.find((item) => item.id === red) as { x: number; y: number };
    const centre = { x: (origin?.x ?? 0) + target.x, y: (origin?.y ?? 0) + target.y };
    expect(centre.x).toBeGreaterThan(x);
    expect(centre.x).toBeLessThan(x + width);
    expect(centre.y).toBeGreaterThan(y);
    expect(centre.y).toBeLessThan(y + height);
    // The selection comes after a deselect (whether select adds is unverified), so it may land after the zoom.
    await page.locator(`[data-selected-id="${red}"]`).first().waitFor({ timeout: 10_000 });
    expect(await page.locator(`[data-selected-id="${red}"]`).count()).toBe(1);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  }, 60_000);
});
