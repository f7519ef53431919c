// The lint rule behind "no spread of a board-sized array into arguments":
// Math.max(...x) and push(...x) overflowed the stack at 150,000 items.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SPREAD_MESSAGE = 'no spread of an array into arguments: past ~100,000 elements it overflows the stack; use maxOf, minOf or append (src/model/arrays.ts)';
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)) });

async function spreadErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((problem) => problem.message === SPREAD_MESSAGE).length;
}

describe('no spread into arguments', () => {
  it('fires on Math.max(...x), push(...x) and new X(...x), in src and bench', async () => {
    const code = 'export const f = (a: number[]) => { const b: number[] = []; b.push(...a); return Math.max(...a) + new Array(...a).length; };\n';
    expect(await spreadErrors('src/model/example.ts', code)).toBe(3);
    expect(await spreadErrors('bench/example.ts', code)).toBe(3);
  });

  it('leaves array and object spreads alone', async () => {
    expect(await spreadErrors('src/model/example.ts', 'export const f = (a: number[], o: object) => ({ list: [...a], copy: { ...o } });\n')).toBe(0);
  });
});
