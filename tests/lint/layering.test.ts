// Proves that the architecture rules in eslint.config.js fire, with the
// messages people will see, on files placed where the rules apply.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

// ESLint loads typescript-eslint on its first file: seconds on a loaded machine, not a hang.
vi.setConfig({ testTimeout: 30_000 });

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)),
});

const HTML = 'Never render board text as HTML';
const MIRO = 'Only src/board/ and src/entries/ touch the miro global (docs/architecture.md: one adapter)';
const FOREACH = 'never forEach(async …): await every SDK call';

function layer(from: string, fromRank: number, to: string, toRank: number): string {
  return (
    `src/${from}/ (rank ${fromRank}) may not import src/${to}/ (rank ${toRank}): ` +
    'a layer imports only layers of lower or equal rank (docs/architecture.md data flow)'
  );
}

interface Problem {
  ruleId: string | null;
  message: string;
  severity: number;
}

async function lint(filePath: string, code: string): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map(({ ruleId, message, severity }) => ({ ruleId, message, severity }));
}

async function errorsOf(rule: string, filePath: string, code: string): Promise<string[]> {
  const problems = await lint(filePath, code);
  return problems.filter((p) => p.ruleId === rule && p.severity === 2).map((p) => p.message);
}

const imports = (source: string) => `import { y } from '${source}';\nexport const x = y;\n`;

const MEMORY = 'src/board/memory/ (the in-memory board) is imported only by entries, demo, CLI, tests and bench';

describe('layering (no-restricted-imports)', () => {
  it('keeps the in-memory board out of product code that runs inside Miro', async () => {
    const fromReadback = await errorsOf('no-restricted-imports', 'src/readback/x.ts', imports('../board/memory/geometry.ts'));
    expect(fromReadback).toEqual([`'../board/memory/geometry.ts' import is restricted from being used by a pattern. ${MEMORY}`]);
    const fromPanel = await errorsOf('no-restricted-imports', 'src/panel/gaps/x.ts', imports('../../board/memory/memory-board.ts'));
    expect(fromPanel).toHaveLength(1);
    const fromOperation = await errorsOf('no-restricted-imports', 'src/board/writer.ts', imports('./memory/clock.ts'));
    expect(fromOperation).toEqual([`'./memory/clock.ts' import is restricted from being used by a pattern. ${MEMORY}`]);
    expect(await errorsOf('no-restricted-imports', 'src/board/memory/store.ts', imports('./rules.ts'))).toEqual([]);
    expect(await errorsOf('no-restricted-imports', 'src/board/writer.ts', imports('./memory-notes.ts'))).toEqual([]);
    for (const allowed of ['src/cli/x.ts', 'src/demo/x.ts', 'src/entries/x.ts']) {
      expect(await errorsOf('no-restricted-imports', allowed, imports('../board/memory/memory-board.ts'))).toEqual([]);
    }
  });

  it('forbids a lower layer importing a higher one', async () => {
    const messages = await errorsOf('no-restricted-imports', 'src/model/x.ts', imports('../panel/y'));
    expect(messages).toEqual([
      `'../panel/y' import is restricted from being used by a pattern. ${layer('model', 0, 'panel', 9)}`,
    ]);
  });

  it('catches the bare folder, index files and type-only imports', async () => {
    const bare = await errorsOf('no-restricted-imports', 'src/layout/x.ts', imports('../board'));
    expect(bare).toHaveLength(1);
    expect(bare[0]).toContain(layer('layout', 3, 'board', 4));

    const typeOnly = await errorsOf(
      'no-restricted-imports',
      'src/readback/x.ts',
      "import type { Report } from '../analysis/index.ts';\nexport type R = Report;\n",
    );
    expect(typeOnly).toHaveLength(1);
    expect(typeOnly[0]).toContain(layer('readback', 5, 'analysis', 6));
  });

  it('counts the "../" needed from subfolders such as src/board/memory/', async () => {
    const up = await errorsOf('no-restricted-imports', 'src/board/memory/x.ts', imports('../../readback/read'));
    expect(up).toHaveLength(1);
    expect(up[0]).toContain(layer('board', 4, 'readback', 5));

    // A sibling subfolder that happens to share a layer's name is not that layer.
    const sibling = await errorsOf('no-restricted-imports', 'src/board/memory/x.ts', imports('../analysis/y'));
    expect(sibling).toEqual([]);
  });

  it('allows imports of lower or equal rank', async () => {
    expect(await errorsOf('no-restricted-imports', 'src/panel/x.tsx', imports('../emotion/recolor'))).toEqual([]);
    expect(await errorsOf('no-restricted-imports', 'src/board/memory/x.ts', imports('../../model'))).toEqual([]);
    expect(await errorsOf('no-restricted-imports', 'src/entries/app.tsx', imports('../panel/App'))).toEqual([]);
    expect(await errorsOf('no-restricted-imports', 'src/demo/x.tsx', imports('../cli/format'))).toEqual([]);
  });

  it('keeps the panel and the CLI apart although they share a rank', async () => {
    const panel = await errorsOf('no-restricted-imports', 'src/panel/x.tsx', imports('../cli/main'));
    expect(panel).toHaveLength(1);
    expect(panel[0]).toContain(layer('panel', 9, 'cli', 9));

    const cli = await errorsOf('no-restricted-imports', 'src/cli/x.ts', imports('../panel/App'));
    expect(cli).toHaveLength(1);
    expect(cli[0]).toContain(layer('cli', 9, 'panel', 9));

    const entries = await errorsOf('no-restricted-imports', 'src/cli/x.ts', imports('../entries/app'));
    expect(entries[0]).toContain(layer('cli', 9, 'entries', 11));
  });
});

describe('one adapter (no-restricted-globals)', () => {
  const code = 'export async function f() {\n  await miro.board.get({ type: "frame" });\n}\n';

  it('forbids the miro global outside src/board/ and src/entries/', async () => {
    expect(await errorsOf('no-restricted-globals', 'src/panel/x.tsx', code)).toEqual([
      `Unexpected use of 'miro'. ${MIRO}`,
    ]);
    expect(await errorsOf('no-restricted-syntax', 'src/panel/x.tsx', 'export const b = window.miro;\n')).toEqual([MIRO]);
  });

  it('allows it in the adapter and the entries', async () => {
    expect(await lint('src/board/x.ts', code)).toEqual([]);
    expect(await lint('src/board/sdk/x.ts', code)).toEqual([]);
    expect(await lint('src/entries/index.ts', code)).toEqual([]);
  });
});

describe('never render board text as HTML (no-restricted-syntax)', () => {
  const cases: Record<string, string> = {
    dangerouslySetInnerHTML:
      'export function A({ t }: { t: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: t }} />;\n}\n',
    innerHTML: 'export function f(el: HTMLElement, t: string) {\n  el.innerHTML = t;\n}\n',
    'computed outerHTML': "export function f(el: HTMLElement, t: string) {\n  el['outerHTML'] = t;\n}\n",
    insertAdjacentHTML: "export function f(el: HTMLElement, t: string) {\n  el.insertAdjacentHTML('beforeend', t);\n}\n",
    'document.write': 'export function f(t: string) {\n  document.write(t);\n}\n',
  };

  for (const [name, code] of Object.entries(cases)) {
    it(`reports ${name}`, async () => {
      expect(await errorsOf('no-restricted-syntax', 'src/panel/x.tsx', code)).toEqual([HTML]);
    });
  }

  it('applies to the adapter too', async () => {
    const code = 'export function f(el: HTMLElement, t: string) {\n  el.innerHTML = t;\n}\n';
    expect(await errorsOf('no-restricted-syntax', 'src/board/x.ts', code)).toEqual([HTML]);
  });

  it('leaves reading innerHTML and textContent alone', async () => {
    const code = 'export function f(el: HTMLElement, t: string) {\n  el.textContent = t;\n  return el.innerHTML;\n}\n';
    expect(await lint('src/panel/x.tsx', code)).toEqual([]);
  });
});

describe('await every SDK call (no-restricted-syntax)', () => {
  it('reports forEach(async …)', async () => {
    const code =
      'export function f(items: { sync(): Promise<void> }[]) {\n  items.forEach(async (i) => {\n    await i.sync();\n  });\n}\n';
    expect(await errorsOf('no-restricted-syntax', 'src/board/x.ts', code)).toEqual([FOREACH]);
  });

  it('allows for…of with await', async () => {
    const code =
      'export async function f(items: { sync(): Promise<void> }[]) {\n  for (const i of items) await i.sync();\n}\n';
    expect(await lint('src/board/x.ts', code)).toEqual([]);
  });
});
