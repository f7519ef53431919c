// The README is for users first: short, with the two commands, and pointing
// at nothing outside this repository.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const docs = readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md'));

describe('README.md', () => {
  it('stays under 12 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(12_000);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('shows how to run the command line and names every command', () => {
    expect(readme).toContain('npx journey-map');
    for (const command of ['template', 'check', 'recolor', 'export', 'pull', 'datacheck', 'compare']) expect(readme).toContain(`\`${command}\``);
  });
});

describe.each(['README.md', ...docs.map((name) => `docs/${name}`)])('%s', (path) => {
  it('points at nothing outside the repository', () => {
    const text = readFileSync(new URL(path, root), 'utf8');
    const links = [...text.matchAll(/\]\(([^)#]+)/g)].map((match) => match[1] ?? '').filter((link) => !/^https?:/.test(link));
    const base = path.startsWith('docs/') ? new URL('docs/', root) : root;
    for (const link of links) expect(new URL(link, base).href.startsWith(root.href), link).toBe(true);
    expect(text).not.toMatch(/\.\.\/shared|DESIGN\.md|MIRO-SDK\.md/);
  });
});
