// The demo names the colour-emoji font package exactly when the browser
// cannot draw the emotion markers (.ci/run installs the font for these tests).
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOJI_FONT_HINT } from '../../src/demo/EmojiNotice.tsx';
import { sharedBrowser, openDemo } from './helpers';

const browser = sharedBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser().newPage();
  await openDemo(page);
  await page.getByRole('button', { name: 'Insert journey map' }).waitFor();
});

describe('the emotion markers', () => {
  /** Whether fontconfig knows a colour-emoji font (.ci/run installs one). */
  function colourEmojiInstalled(): boolean {
    try {
      return /color emoji/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
    } catch {
      return false;
    }
  }

  it('the demo names the font package exactly when the browser cannot draw them', async () => {
    const notice = page.getByRole('note').filter({ hasText: 'fonts-noto-color-emoji' });
    expect(await notice.count()).toBe(colourEmojiInstalled() ? 0 : 1);
    if (!colourEmojiInstalled()) expect(await notice.textContent()).toBe(EMOJI_FONT_HINT);
  });
});
