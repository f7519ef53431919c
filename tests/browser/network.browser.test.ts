// No third-party request: the demo and the panel load everything from the
// app's own origin (the panel page also loads Miro's SDK from miro.com, which
// Miro needs). Every request the page makes is recorded, outside ones
// included (helpers.ts aborts them, after they are seen here).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, isolate, sharedBrowser } from './helpers';

const browser = sharedBrowser();

/** The origins of every request the page makes from now on (data: URLs are no request). */
function recordOrigins(page: Page): Set<string> {
  const origins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:') origins.add(url.origin);
  });
  return origins;
}

async function visit(path: string, act: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
  const page = await browser().newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await isolate(page);
    const origins = recordOrigins(page);
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
    await act(page);
    await page.waitForLoadState('networkidle');
    return [...origins].sort();
  } finally {
    await page.close();
  }
}

describe('requests the app makes', () => {
  it('the demo and its panel ask nothing of any origin but their own, through an insert and the gap check', async () => {
    const origins = await visit('/demo.html', async (page) => {
      await page.getByRole('button', { name: 'Insert journey map' }).click();
      await page.getByRole('status').filter({ hasText: /^Inserted/ }).waitFor({ timeout: 20_000 });
      await page.getByRole('tab', { name: 'Gaps' }).click();
      await page.getByRole('button', { name: 'Run gap check' }).click();
      await page.getByRole('status').filter({ hasText: /^Checked/ }).waitFor({ timeout: 20_000 });
    });
    expect(origins).toEqual([new URL(baseUrl()).origin]);
  });

  it('the panel page asks only its own origin and miro.com (the SDK)', async () => {
    const origins = await visit('/app.html');
    expect(origins).toEqual([new URL(baseUrl()).origin, 'https://miro.com'].sort());
  });
});

describe('the panel before first paint', () => {
  it('loads at most 90 KB gzipped of scripts and styles', () => {
    // run.mjs builds into dist/ before the tests run.
    const dist = new URL('../../dist/', import.meta.url);
    const html = readFileSync(new URL('app.html', dist), 'utf8');
    const files = [...html.matchAll(/<(?:script|link)[^>]*\s(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
    const bytes = files.reduce((sum, path) => sum + gzipSync(readFileSync(new URL(path, dist))).length, 0);
    expect(bytes).toBeLessThanOrEqual(90_000);
  });
});
