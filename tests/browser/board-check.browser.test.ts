// The Board check in the demo: run from the panel's small link on the example
// board, it shows its tables and leaves the board exactly as it was (the
// snapshot saved before equals the one saved after).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, openDemo } from './helpers';

const browser = sharedBrowser();

/** The demo board as its "Save snapshot" button downloads it. */
async function savedSnapshot(page: Page): Promise<unknown> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save snapshot' }).click()]);
  const path = await download.path();
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('the Board check on the demo page', () => {
  it('runs, shows what the board did, and leaves the board unchanged', async () => {
    const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
    const problems = await openDemo(page);
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-item-type=frame]').length > 0, undefined, { timeout: 20_000 });
    const before = await savedSnapshot(page);
    await page.getByRole('button', { name: 'Board check' }).click();
    await page.getByRole('button', { name: 'Run board check' }).click();
    const results = page.getByRole('table', { name: 'Board check results' });
    await results.waitFor({ timeout: 30_000 });
    expect(await results.getByRole('row').count()).toBeGreaterThan(10);
    expect(await page.getByRole('table', { name: 'Answers to the unverified questions' }).getByRole('row').count()).toBe(6);
    expect(await page.getByRole('status').filter({ hasText: 'Everything the check made was removed.' }).count()).toBe(1);
    const after = await savedSnapshot(page);
    expect(after).toEqual(before);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
