// The Data tab on the demo page, end to end: insert a map, load an event log,
// confirm the columns and a suggested mapping, see the findings ("Tested
// against data"), accept the log as evidence, add the data-check frame beside
// the map, and clear it.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataMapOf, type DataMap } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { mapActivities } from '../../src/analysis/datacheck/matching.ts';
import { gapCheck, isoDay } from '../../src/analysis/gap-check.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { launchBrowser, openDemo } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function saveSnapshot(page: Page): Promise<BoardSnapshot> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save snapshot' }).click()]);
  const parsed = parseSnapshotText(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

const snake = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');

/** An event name the app will only suggest (0.55–0.80) for some touchpoint: found with the app's own matcher. */
function suggestedName(map: DataMap): string {
  for (const point of map.touchpoints) {
    for (const extra of ['page_opened_again', 'widget', 'screen', 'flow_step']) {
      const name = `${snake(point.text)}_${extra}`;
      const [entry] = mapActivities([{ name, channel: null }], { map, saved: {}, settings: DATA_CHECK_DEFAULTS });
      if (entry?.status === 'suggested') return name;
    }
  }
  throw new Error('no suggested-only event name for this map');
}

/** 300 customers walk the map's first touchpoint of every stage, rating each (CSAT 1–5); half stop after the first stage; 40% also "compare_plans". */
function logFor(map: DataMap, extra: string): string {
  const firsts = map.stages.map((_, stage) => map.touchpoints.find((point) => point.stage === stage)).filter((point) => point !== undefined);
  const lines = ['user_id,event,timestamp,csat'];
  for (let c = 0; c < 300; c++) {
    const at = (step: number) => new Date(Date.UTC(2026, 5, 1) + c * 3_600_000 + step * 60_000).toISOString();
    firsts.forEach((point, step) => {
      if (step > 0 && c % 2 === 0) return;
      lines.push(`u${c},${step === 0 && c % 3 === 0 ? extra : snake(point.text)},${at(step)},${1 + ((c + step) % 5)}`);
    });
    if (c % 5 < 2) lines.push(`u${c},compare_plans,${at(1)},`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the Data tab on the demo page', () => {
  it('loads a log, confirms a mapping, shows the findings and the data-check frame, and clears it', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const problems = await openDemo(page);
    await page.getByRole('button', { name: 'Insert journey map' }).click();
    await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
    const inserted = await saveSnapshot(page);
    const read = gapCheck(inserted, { today: isoDay(new Date()) });
    if (!read.ok) throw new Error(read.message);
    const map = dataMapOf({ journey: read.journey, snapshot: inserted, frameId: read.frame.id });
    const extra = suggestedName(map);

    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByLabel('Event log').setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(logFor(map, extra)) });
    await page.getByRole('button', { name: 'Check the map against the log' }).click();
    await page.getByRole('status').filter({ hasText: /^Checked against 300 journeys/ }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { name: 'Tested against data' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /hidden-touchpoint "compare_plans"/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /stage-drop-off/ }).count()).toBeGreaterThan(0);

    const mapping = page.getByRole('region', { name: 'Mapping to confirm' });
    await mapping.getByRole('button', { name: /^→ / }).first().click();
    await page.getByRole('status').filter({ hasText: /^Mapping saved/ }).waitFor();
    expect(await mapping.getByText(/0 to confirm/).count()).toBe(1);

    await page.getByRole('button', { name: /^Accept as evidence/ }).click();
    await page.getByRole('status').filter({ hasText: /^Tagged \d+ touchpoints "evidence: analytics"/ }).waitFor();
    const tagged = await saveSnapshot(page);
    expect(tagged.items.filter((item) => item.type === 'tag' && (item as { title: string }).title === 'evidence: analytics')).toHaveLength(1);

    await page.getByRole('button', { name: 'Add data-check frame' }).click();
    await page.getByRole('status').filter({ hasText: 'Added the data-check frame beside the map.' }).waitFor({ timeout: 20_000 });
    const withFrame = await saveSnapshot(page);
    expect(withFrame.items.filter((item) => item.type === 'frame').map((item) => (item as { title: string }).title)).toEqual([read.frame.title, 'Data check: events.csv']);
    expect(JSON.stringify(withFrame)).not.toContain('u17,');
    // Customers' curve: dashed connectors between points of the data-check frame.
    const dashed = (snapshot: BoardSnapshot) => snapshot.items.filter((item) => item.type === 'connector' && (item as { style?: { strokeStyle?: string } }).style?.strokeStyle === 'dashed');
    expect(dashed(withFrame).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Clear data check' }).click();
    await page.getByRole('status').filter({ hasText: /^Cleared the data check/ }).waitFor();
    const cleared = await saveSnapshot(page);
    expect(cleared.items.filter((item) => item.type === 'frame')).toHaveLength(1);
    expect(dashed(cleared)).toEqual([]);
    expect(cleared.items.filter((item) => item.type === 'connector')).toHaveLength(tagged.items.filter((item) => item.type === 'connector').length);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  }, 90_000);
});
