// Nothing from the board runs: the demo loads a board whose stickies, stage
// headers, lane labels, persona, frame and tag titles carry script, event-
// handler and javascript: payloads (entity-encoded, as Miro stores typed text,
// and raw, as an API client could write them). Through insert, recolour and
// the gap check, no payload may run (no dialog, no global set, no CSP
// violation) and every encoded payload must show as literal text.
import type { Dialog, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_LITERALS } from '../hostile/cases.ts';
import { sharedBrowser, openDemo, type PageProblems } from './helpers';

const PAYLOADS = new URL('../hostile/boards/browser-payloads.json', import.meta.url);

const browser = sharedBrowser();
let page: Page;
let problems: PageProblems;
const dialogs: string[] = [];

beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  problems = await openDemo(page);
  await page.locator('.demo-toolbar input[type=file]').setInputFiles(PAYLOADS.pathname);
  await page.getByRole('status').filter({ hasText: 'Loaded browser-payloads.json' }).waitFor();
});

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

async function expectNothingRan(): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await pwned()).toBeUndefined();
  expect(problems.cspViolations).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  // No payload became an element: no image, frame, SVG script or javascript: link anywhere.
  expect(await page.locator('img[src=x], iframe, a[href^="javascript:"], script:not([src]), [onerror], [onload]').count()).toBe(0);
}

describe('a hostile board in the demo', () => {
  it('draws every payload as literal text and runs none', async () => {
    const drawn = (await page.locator('svg.demo-svg').textContent()) ?? '';
    for (const literal of BROWSER_LITERALS.filter((text) => !text.startsWith('<svg'))) expect(drawn, literal).toContain(literal);
    expect(await page.locator('[data-item-id=cs-1] title').textContent()).toBe('<script>window.__pwned=1</script>');
    expect(await page.locator('[data-item-id=cs-h1] title').textContent()).toBe("<script>alert('stage')</script>Sign up");
    await expectNothingRan();
  });

  it('previews and applies a recolour of the hostile frame, its texts shown as text', async () => {
    await page.locator('[data-item-id=cs-1]').click();
    await page.getByRole('tab', { name: 'Emotions' }).click();
    await page.getByRole('checkbox', { name: /Recompute stickies already coloured/ }).check();
    await page.getByRole('button', { name: 'Preview recolour' }).click();
    await page.getByRole('status').filter({ hasText: 'Plan ready' }).waitFor();
    const listed = await page.locator('.jm-emotion-text').allTextContents();
    expect(listed).toContain('<script>window.__pwned=1</script>');
    expect(listed).toContain('<img src=x onerror="window.__pwned=2;alert(2)"> Checkout');
    await page.getByRole('button', { name: 'Apply recolour' }).click();
    await page.getByRole('status').filter({ hasText: /^Recoloured/ }).waitFor();
    expect(await page.locator('[data-item-id=cs-1] title').textContent()).toBe('<script>window.__pwned=1</script>');
    await expectNothingRan();
  });

  it('inserts a map beside it and still runs nothing', async () => {
    await page.getByRole('tab', { name: 'Insert' }).click();
    await page.getByRole('button', { name: 'Insert journey map' }).click();
    await page.getByRole('status').filter({ hasText: /^Inserted / }).waitFor();
    expect(await page.locator('[data-item-type=frame]').count()).toBe(2);
    await expectNothingRan();
  });

  it('runs the gap check on the hostile frame, shows its names as text, applies a fix-it, and runs nothing', async () => {
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await page.getByRole('button', { name: /^Run gap check/ }).click();
    // With two maps on the board the panel may ask which: the hostile frame's title must be a button label, as text.
    const score = page.getByTestId('gaps-score');
    const hostile = page.getByRole('button', { name: 'Check “<img src=x onerror=window.__pwned=7> Coffee”' });
    await score.or(hostile).first().waitFor();
    if (await hostile.isVisible()) await hostile.click();
    await page.locator('.jm-finding').first().waitFor();
    const stages = await page.locator('.jm-finding-stage').allTextContents();
    expect(stages).toContain('Renew');
    expect(stages.some((name) => name === "<script>alert('stage')</script>Sign up")).toBe(true);
    const renew = page.locator('.jm-finding[data-rule=stage-without-touchpoints]').filter({ hasText: 'Renew' });
    await renew.getByRole('button', { name: 'Add an empty touchpoint' }).click();
    await page.getByRole('status').filter({ hasText: /^Add an empty touchpoint: done/ }).waitFor();
    const messages = await page.locator('.jm-finding-message').allTextContents();
    expect(messages.some((message) => /^An empty sticky in "Renew" \/ ".+": fill it in$/.test(message))).toBe(true);
    await page.locator('.jm-finding-show').first().click();
    await expectNothingRan();
  });
});
