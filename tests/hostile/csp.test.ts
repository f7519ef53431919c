// Nothing from the board runs: the pages Miro opens carry a Content-Security-
// Policy that lets scripts come only from the app's own origin and Miro's SDK,
// with no inline script, no eval, no plugins. Read from the files as shipped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas, `${page} carries exactly one CSP meta tag`).toHaveLength(1);
  const directives = new Map<string, string[]>();
  for (const part of (metas[0]?.[1] ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", 'data:', 'blob:', '*', 'http:', 'https:'];

describe.each(['app.html', 'index.html'])('%s Content-Security-Policy', (page) => {
  const policy = policyOf(page);

  it("allows scripts only from 'self' and https://miro.com", () => {
    expect(policy.get('script-src')).toEqual(["'self'", 'https://miro.com']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows no plugin, no foreign base URL, no foreign form target', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('connects only to its own origin, Miro and the local dev server', () => {
    const connect = policy.get('connect-src') ?? [];
    expect(connect).toContain("'self'");
    for (const source of connect) expect(source).toMatch(/^('self'|https:\/\/miro\.com|ws:\/\/(127\.0\.0\.1|localhost):3000)$/);
  });

  it('has no wildcard or unsafe source anywhere scripts or frames could come from', () => {
    for (const directive of ['script-src', 'default-src', 'object-src', 'connect-src']) {
      for (const source of policy.get(directive) ?? []) expect(UNSAFE).not.toContain(source);
    }
    expect(policy.has('script-src-elem')).toBe(false);
    expect(policy.has('script-src-attr')).toBe(false);
  });
});

describe.each(['app.html', 'index.html', 'demo.html'])('%s sends nothing to a third party', (page) => {
  const policy = policyOf(page);

  it('names no host but Miro and the local dev server', () => {
    const hosts = [...policy.values()].flat().filter((source) => /^[a-z]+:\/\//.test(source));
    for (const host of hosts) expect(host).toMatch(/^(https:\/\/miro\.com|ws:\/\/(127\.0\.0\.1|localhost):3000)$/);
  });

  it("loads styles and fonts only from its own origin", () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
  });
});

describe('demo.html Content-Security-Policy', () => {
  it("runs only its own scripts (no Miro SDK on the demo page)", () => {
    const policy = policyOf('demo.html');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});
