// The Review tab on the demo page. (1) Insert a preset, create its future
// state, change the future map (a pain resolved, a touchpoint added, one
// moved: done on the saved snapshot and loaded back, as the demo has no
// editing tools), compare: exactly those changes, the Δ of each stage.
// (2) Mark the map reviewed, edit it, ask what changed: exactly that edit.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stageMoods } from '../../src/analysis/journey-facts.ts';
import { deltaBadge } from '../../src/analysis/compare/wording.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { parseSnapshotText, type BoardSnapshot, type SnapshotItem } from '../../src/snapshot/snapshot.ts';
import { sharedBrowser, openDemo, type PageProblems } from './helpers';

const browser = sharedBrowser();
let page: Page;
let problems: PageProblems;

beforeEach(async () => {
  page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
  problems = await openDemo(page);
  await page.evaluate(() => localStorage.clear());
});

afterEach(async () => {
  await page.close();
});

async function insertPreset(): Promise<void> {
  await page.getByRole('button', { name: 'Insert journey map' }).click();
  await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
}

async function saved(): Promise<BoardSnapshot> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save snapshot' }).click()]);
  const parsed = parseSnapshotText(readFileSync((await download.path()) ?? '', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

async function load(snapshot: BoardSnapshot): Promise<void> {
  await page.getByLabel('Load snapshot').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshot)) });
  await page.getByRole('status').filter({ hasText: 'Loaded edited.json' }).waitFor();
}

function read(snapshot: BoardSnapshot, frameId: string) {
  const result = readJourney(snapshot, { frameId });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const item = (snapshot: BoardSnapshot, id: string): SnapshotItem & Record<string, unknown> => snapshot.items.find((entry) => entry.id === id) as SnapshotItem & Record<string, unknown>;

describe('Review tab on the demo page', () => {
  it('compares a preset with its edited future state: exactly the edits, the right Δ per stage', async () => {
    await insertPreset();
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Create future state from this map' }).click();
    await page.getByRole('status').filter({ hasText: /^Created “Future state: / }).waitFor({ timeout: 20_000 });

    const snapshot = await saved();
    const frames = snapshot.items.filter((entry) => entry.type === 'frame');
    const [current, future] = [frames[0]?.id ?? '', frames[1]?.id ?? ''];
    const { journey, placement } = read(snapshot, future);
    const touchLane = journey.lanes.find((lane) => lane.kind === 'touchpoints');
    const touch = journey.notes.filter((note) => note.laneId === touchLane?.id);
    const pain = touch.find((note) => note.valence !== null && note.valence < 0);
    const mover = touch.find((note) => note !== pain && note.stageId !== pain?.stageId);
    if (pain === undefined || mover === undefined || touchLane === undefined) throw new Error('the preset has no negative touchpoint');
    // The pain resolved: marked and coloured +1.
    Object.assign(item(snapshot, pain.id), { content: `<p>🙂 ${pain.text}</p>`, style: { ...(item(snapshot, pain.id).style as object), fillColor: 'light_green' } });
    // One moved to the last stage's column.
    const last = placement.columns.at(-1);
    const moverStage = journey.stages.findIndex((stage) => stage.id === mover.stageId);
    const target = moverStage === journey.stages.length - 1 ? placement.columns[0] : last;
    if (target === undefined) throw new Error('no columns');
    Object.assign(item(snapshot, mover.id), { x: (target.start + target.end) / 2 });
    // One added in the first stage.
    const row = placement.rows[journey.lanes.indexOf(touchLane)];
    const first = placement.columns[0];
    if (row === undefined || first === undefined) throw new Error('no grid');
    snapshot.items.push({ id: 'added-1', type: 'sticky_note', parentId: future, shape: 'square', x: first.start + 60, y: row.start + 50, width: 100, height: 115, content: '<p>😍 Gets a welcome call</p>', style: { fillColor: 'green' }, tagIds: [] });

    await load(snapshot);
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByLabel('Map', { exact: true }).selectOption(current);
    await page.getByLabel('Compare with').selectOption(future);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('compare-headline').waitFor();

    const changes = await page.getByTestId('compare-change').allTextContents();
    expect(changes.map((line) => line.replace(/^[^:]+: /, '')).sort()).toEqual([`added “Gets a welcome call”`, `moved “${mover.text}”`, `valence “${pain.text}”`].sort());
    const before = read(snapshot, current).journey;
    const after = read(snapshot, future).journey;
    const mean = (moods: ReturnType<typeof stageMoods>, name: string) => moods.find((mood) => mood.stage.name === name)?.average ?? null;
    const expected = after.stages.map((stage) => {
      const [from, to] = [mean(stageMoods(before), stage.name), mean(stageMoods(after), stage.name)];
      return [stage.name, deltaBadge(from === null || to === null ? null : to - from)];
    });
    const rows = await page.getByTestId('compare-stage').evaluateAll((nodes) => nodes.map((node) => [node.children[0]?.textContent ?? '', node.children[3]?.textContent ?? '']));
    expect(rows).toEqual(expected);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });

  it('marks a map reviewed, then lists exactly the edit made since', async () => {
    await insertPreset();
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    await page.getByRole('status').filter({ hasText: /^Marked reviewed on/ }).waitFor({ timeout: 20_000 });

    const snapshot = await saved();
    const frameId = snapshot.items.find((entry) => entry.type === 'frame')?.id ?? '';
    const note = read(snapshot, frameId).journey.notes.find((entry) => entry.text.length > 3);
    if (note === undefined) throw new Error('no note');
    Object.assign(item(snapshot, note.id), { content: '<p>Rewritten by Alex</p>', modifiedAt: '2099-01-01T09:00:00.000Z', modifiedBy: 'alex' });

    await load(snapshot);
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'What changed since the last review' }).click();
    const entries = page.getByTestId('changed-entry');
    await entries.first().waitFor();
    expect((await entries.allTextContents()).map((line) => line.replace(/^[^:]+: /, ''))).toEqual(['text “Rewritten by Alex” — alex, 2099-01-01 09:00']);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
