// Shared helpers for tests/browser/*.browser.test.ts (see run.mjs).
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function baseUrl(): string {
  const url = process.env['DEMO_URL'];
  if (!url) throw new Error('DEMO_URL is not set: run the browser tests with `npm run test:browser`');
  return url.replace(/\/$/, '');
}

/** Chromium for the file's tests: launched before them, closed after them (vitest hooks); the getter throws if it did not start. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    return browser;
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** What a page reported while it ran: console errors, uncaught errors, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/**
 * Keeps the page off the network: Miro is unreachable from test machines, so
 * any request to miro.com is aborted at once rather than left to hang. Any
 * other outside request is aborted too (tests/browser/network.browser.test.ts
 * asserts there are none).
 */
export async function isolate(page: Page): Promise<void> {
  const own = new URL(baseUrl()).origin;
  await page.route((url) => url.origin !== own && url.protocol !== 'data:', (route) => route.abort());
}

/** Starts recording problems; call before the first navigation. */
export async function watch(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    problems.cspViolations.push(text);
  });
  // Init scripts run through the DevTools protocol, outside the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void })
        .__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return problems;
}

/** Opens the local demo page, isolated from the network and watched for problems. */
export async function openDemo(page: Page): Promise<PageProblems> {
  await isolate(page);
  const problems = await watch(page);
  await page.goto(`${baseUrl()}/demo.html`, { waitUntil: 'load' });
  return problems;
}
