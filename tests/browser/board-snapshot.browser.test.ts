// The Gaps tab's "Download board snapshot" on the demo page: the file it gives
// checks like the board the demo itself saves.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { sharedBrowser, openDemo } from './helpers';

const browser = sharedBrowser();

async function download(page: Page, button: string): Promise<{ name: string; snapshot: BoardSnapshot }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const parsed = parseSnapshotText(readFileSync(await file.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  expect(parsed.warnings).toEqual([]);
  return { name: file.suggestedFilename(), snapshot: parsed.snapshot };
}

it('downloads the board as a snapshot that checks like the board', async () => {
  const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
  const problems = await openDemo(page);
  await page.getByRole('button', { name: 'Insert journey map' }).click();
  await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
  const saved = await download(page, 'Save snapshot');
  await page.getByRole('tab', { name: 'Gaps' }).click();
  const fromPanel = await download(page, 'Download board snapshot');
  expect(fromPanel.name).toBe('board-snapshot.json');
  const check = (snapshot: BoardSnapshot) => {
    const result = gapCheck(snapshot, { today: '2026-11-29' });
    return result.ok ? { score: result.score, findings: result.findings, journey: result.journey } : result;
  };
  expect(check(fromPanel.snapshot)).toEqual(check(saved.snapshot));
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  await page.close();
}, 60_000);
