import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';
import { baseUrl, isolate, sharedBrowser, openDemo } from './helpers';

const browser = sharedBrowser();

describe('built app in Chromium', () => {
  it('sends a normal tab that opens the headless entry to the demo page', async () => {
    const page = await browser().newPage();
    try {
      await isolate(page);
      await page.goto(`${baseUrl()}/`);
      await page.waitForURL(/\/demo\.html$/);
      expect(new URL(page.url()).pathname).toBe('/demo.html');
    } finally {
      await page.close();
    }
  });

  it('loads the demo page without console errors or CSP violations', async () => {
    const page = await browser().newPage();
    try {
      const problems = await openDemo(page);
      // Let the entry module run and render before reading the reports.
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await page.close();
    }
  });
});

describe('built headless entry', () => {
  it('stays within 1 KB gzipped (Miro loads it on every board)', () => {
    // run.mjs builds into dist/ before the tests run.
    const dist = new URL('../../dist/', import.meta.url);
    const html = readFileSync(new URL('index.html', dist), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(new URL(path, dist))).length, 0);
    expect(bytes).toBeLessThanOrEqual(1024);
  });
});
