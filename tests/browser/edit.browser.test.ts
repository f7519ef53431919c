// The demo board as a newcomer uses it: drag a map from the panel onto the
// board, move a sticky to another stage, recolour one, retype a stage title,
// run the gap check and see the edits in it, undo an edit; add, tag, delete
// and restore a sticky with the keyboard and the selection toolbar.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { gapCheck, isoDay } from '../../src/analysis/gap-check.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { presetJourney } from '../../src/templates/index.ts';
import { isFrame, isSticky, parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { sharedBrowser, openDemo, type PageProblems } from './helpers';

const browser = sharedBrowser();
let page: Page;
let problems: PageProblems;

beforeEach(async () => {
  page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
  problems = await openDemo(page);
  await page.getByRole('button', { name: 'Insert journey map' }).waitFor();
});

afterEach(async () => {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  await page.close();
});

const board = () => page.getByRole('group', { name: /^Board,/ });
const item = (id: string) => page.locator(`[data-item-id="${id}"]`);

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function save(): Promise<BoardSnapshot> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save snapshot' }).click()]);
  const parsed = parseSnapshotText(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

/** The board point under a screen point, from the drawing's viewBox. */
async function boardPointAt(pixel: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const svg = page.locator('svg.demo-svg');
  const box = await svg.boundingBox();
  const [x, y, width] = ((await svg.getAttribute('viewBox')) ?? '').split(' ').map(Number) as [number, number, number];
  if (box === null) throw new Error('no board');
  const scale = width / box.width;
  return { x: x + (pixel.x - box.x) * scale, y: y + (pixel.y - box.y) * scale };
}

/** Drags the Insert tab's preview onto the board at `at` (screen pixels) and waits for the insert. */
async function dropMap(at: { x: number; y: number }): Promise<void> {
  const preview = page.locator('figure.jm-preview.miro-draggable');
  await preview.scrollIntoViewIfNeeded();
  await drag(await centreOf(preview), at);
  await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
}

async function runGapCheck(): Promise<string> {
  await page.getByRole('tab', { name: 'Gaps' }).click();
  await page.getByRole('button', { name: 'Run gap check' }).click();
  const summary = page.getByRole('status').filter({ hasText: /^Checked/ });
  await summary.waitFor({ timeout: 20_000 });
  return (await summary.textContent()) ?? '';
}

describe('editing the demo board', () => {
  it('drops a map where it is dragged, then moves, recolours and retypes, as the gap check sees it, and undoes', async () => {
    const svgBox = await page.locator('svg.demo-svg').boundingBox();
    if (svgBox === null) throw new Error('no board');
    const dropAt = { x: svgBox.x + svgBox.width * 0.6, y: svgBox.y + svgBox.height * 0.4 };
    const wanted = await boardPointAt(dropAt);
    await dropMap(dropAt);
    const inserted = await save();
    const frame = inserted.items.find(isFrame);
    expect(frame?.x).toBeCloseTo(wanted.x, 0);
    expect(frame?.y).toBeCloseTo(wanted.y, 0);

    const read = readJourney(inserted);
    if (!read.ok) throw new Error(read.message);
    const { journey } = read;
    const touchpoints = journey.notes.filter((note) => note.laneId === journey.lanes.find((lane) => lane.kind === 'touchpoints')?.id);
    const moved = touchpoints[0];
    const to = journey.stages.find((stage) => stage.id !== moved?.stageId);
    const recoloured = touchpoints.find((note) => note.id !== moved?.id);
    if (moved === undefined || to === undefined || recoloured === undefined) throw new Error('the map has too few touchpoints');

    // Move: drag the sticky under another stage's header.
    const from = await centreOf(item(moved.id));
    await drag(from, { x: (await centreOf(item(to.id))).x, y: from.y });
    await page.locator(`[data-selected-id="${moved.id}"]`).waitFor();
    // Recolour: select another sticky, pick red in the selection toolbar.
    await item(recoloured.id).click();
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Colour red' }).click();
    // Retype: deselect (the selection toolbar sits over the headers), double-click the stage header, type, Enter.
    await board().focus();
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar', { name: 'Selection' }).waitFor({ state: 'detached' });
    await item(to.id).dblclick();
    await page.getByRole('textbox', { name: 'Item text' }).fill('Renamed stage');
    await page.getByRole('textbox', { name: 'Item text' }).press('Enter');
    await page.waitForFunction((id) => document.querySelector(`[data-item-id="${id}"] title`)?.textContent === 'Renamed stage', to.id);

    const edited = await save();
    const expected = gapCheck(edited, { today: isoDay(new Date()) });
    if (!expected.ok) throw new Error(expected.message);
    expect(expected.journey.notes.find((note) => note.id === moved.id)?.stageId).toBe(to.id);
    expect(expected.journey.stages.find((stage) => stage.id === to.id)?.name).toBe('Renamed stage');
    const redSticky = edited.items.find((entry) => entry.id === recoloured.id);
    expect(redSticky !== undefined && isSticky(redSticky) ? redSticky.style?.fillColor : undefined).toBe('red');
    expect(await runGapCheck()).toBe(`Checked "${expected.frame.title}": ${expected.findings.length} findings.`);
    expect(await page.getByTestId('gaps-score').textContent()).toBe(String(expected.score));

    // Undo the retype (Ctrl+Z on the board), then the recolour (the Undo button).
    await board().focus();
    await page.keyboard.press('Control+z');
    await page.getByRole('status').filter({ hasText: 'Undid text edit.' }).waitFor();
    expect(await item(to.id).locator('title').textContent()).toBe(to.name);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Undid colour/ }).waitFor();
    const undone = await save();
    const sticky = undone.items.find((entry) => entry.id === recoloured.id);
    expect(sticky !== undefined && isSticky(sticky) ? sticky.style?.fillColor : undefined).not.toBe('red');
    // Redo brings the colour back.
    await page.keyboard.press('Control+Shift+z');
    await page.getByRole('status').filter({ hasText: /^Redid colour/ }).waitFor();
  }, 90_000);

  it('drops a preset chip as that preset', async () => {
    const chip = page.locator('.jm-preset.miro-draggable[data-preset="blank"]');
    await chip.scrollIntoViewIfNeeded();
    const svgBox = await page.locator('svg.demo-svg').boundingBox();
    if (svgBox === null) throw new Error('no board');
    await drag(await centreOf(chip), { x: svgBox.x + svgBox.width / 2, y: svgBox.y + svgBox.height / 2 });
    await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
    const frame = (await save()).items.find(isFrame);
    expect(frame?.title).toBe(presetJourney('blank')?.title);
  }, 60_000);

  it('moves a sticky out of its frame and back in: its parent follows', async () => {
    await page.getByRole('button', { name: 'Insert journey map' }).click();
    await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
    const before = await save();
    const frame = before.items.find(isFrame);
    const sticky = before.items.find((entry) => isSticky(entry) && entry.parentId === frame?.id);
    if (frame === undefined || sticky === undefined) throw new Error('no sticky in a frame');
    const frameBox = await page.locator(`[data-item-id="${frame.id}"]`).first().boundingBox();
    if (frameBox === null) throw new Error('frame not on screen');
    const start = await centreOf(item(sticky.id));
    // Out past the frame's right edge (the view is fitted with a margin around the frame).
    await drag(start, { x: frameBox.x + frameBox.width + 20, y: start.y });
    await page.locator(`[data-selected-id="${sticky.id}"]`).waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true, disabled: false }).waitFor();
    const out = (await save()).items.find((entry) => entry.id === sticky.id);
    expect(out?.parentId ?? undefined).toBeUndefined();
    await page.keyboard.press('Control+z');
    await page.getByRole('status').filter({ hasText: 'Undid move 1 item.' }).waitFor();
    const back = (await save()).items.find((entry) => entry.id === sticky.id);
    expect(back?.parentId).toBe(frame.id);
    expect(back !== undefined && isSticky(back) ? [back.x, back.y] : undefined).toEqual([sticky.x, sticky.y]);
  }, 60_000);

  it('moves several selected stickies together (Shift+click, then drag one)', async () => {
    await page.getByRole('button', { name: 'Insert journey map' }).click();
    await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
    const before = await save();
    const [first, second] = before.items.filter(isSticky);
    if (first === undefined || second === undefined) throw new Error('too few stickies');
    await item(first.id).click();
    await item(second.id).click({ modifiers: ['Shift'] });
    const start = await centreOf(item(first.id));
    await drag(start, { x: start.x + 40, y: start.y + 60 });
    await page.getByRole('button', { name: 'Undo', exact: true, disabled: false }).waitFor();
    const after = await save();
    const moved = (id: string) => {
      const old = before.items.find((entry) => entry.id === id);
      const now = after.items.find((entry) => entry.id === id);
      return old !== undefined && now !== undefined && isSticky(old) && isSticky(now) ? [now.x - old.x, now.y - old.y] : undefined;
    };
    const delta = moved(first.id);
    expect(delta?.[0]).toBeGreaterThan(0);
    expect(delta?.[1]).toBeGreaterThan(0);
    // The same move, to floating-point rounding (each centre is stored frame-relative).
    const secondDelta = moved(second.id);
    expect(secondDelta?.[0]).toBeCloseTo(delta?.[0] ?? Number.NaN, 6);
    expect(secondDelta?.[1]).toBeCloseTo(delta?.[1] ?? Number.NaN, 6);
  }, 60_000);

  it('adds a sticky by double-click, types, tags, deletes and restores it from the keyboard', async () => {
    const svgBox = await page.locator('svg.demo-svg').boundingBox();
    if (svgBox === null) throw new Error('no board');
    await page.mouse.dblclick(svgBox.x + 300, svgBox.y + 300);
    const text = page.getByRole('textbox', { name: 'Item text' });
    await text.fill('Hello board');
    await text.press('Enter');
    const note = page.locator('[data-item-type=sticky_note]');
    await page.waitForFunction(() => document.querySelector('[data-item-type=sticky_note] title')?.textContent === 'Hello board');
    const toolbar = page.getByRole('toolbar', { name: 'Selection' });
    await toolbar.getByRole('textbox', { name: 'New tag' }).fill('channel: email');
    await toolbar.getByRole('textbox', { name: 'New tag' }).press('Enter');
    await toolbar.getByRole('button', { name: 'Remove tag channel: email' }).waitFor();
    const tagged = await save();
    const sticky = tagged.items.find(isSticky);
    const tag = tagged.items.find((entry) => entry.type === 'tag');
    expect(sticky?.tagIds).toEqual([tag?.id]);
    await toolbar.getByRole('button', { name: 'Remove tag channel: email' }).click();
    await page.waitForFunction(() => document.querySelector('[aria-label^="Remove tag"]') === null);

    await board().focus();
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => document.querySelector('[data-item-type=sticky_note]') === null);
    await page.keyboard.press('Control+z');
    await note.first().waitFor();
    expect(await note.count()).toBe(1);
    expect(await note.locator('title').textContent()).toBe('Hello board');
  }, 60_000);
});
