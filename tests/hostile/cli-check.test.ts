// `journey-map check <file> --format json` over the hostile corpus, in-process
// with a captured io: the exit code the manifest states, never a stack trace,
// one line on stderr for bad input, and every listed text literally in the JSON.
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { BOARD_CASES, boardText, type BoardCase } from './cases.ts';
import { caseTitle, stringsIn } from './strings.ts';

interface Captured {
  io: CliIO;
  stdout: () => string;
  stderr: () => string;
}

function capture(files: Record<string, () => string>): Captured {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: async (path) => {
      const read = files[path];
      if (read === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return read();
    },
    writeFile: async () => {
      throw new Error('check writes no file');
    },
  };
  return { io, stdout: () => out, stderr: () => err };
}

const STACK_LINE = /^\s+at /m;

async function check(entry: BoardCase): Promise<{ code: number; out: string; err: string }> {
  const path = `hostile/${entry.name}.json`;
  const captured = capture({ [path]: () => boardText(entry) });
  const frame = entry.frameId === undefined ? [] : ['--frame', entry.frameId];
  const code = await main(['check', path, '--format', 'json', ...frame], captured.io);
  return { code, out: captured.stdout(), err: captured.stderr() };
}

describe('journey-map check over the hostile corpus', { timeout: 60_000 }, () => {
  it.each(BOARD_CASES.map((entry) => [caseTitle(entry), entry] as const))('%s', async (_title, entry) => {
    const { code, out, err } = await check(entry);
    expect(out).not.toMatch(STACK_LINE);
    expect(err).not.toMatch(STACK_LINE);
    expect(code).toBe(entry.exit);
    if (code === 2) {
      expect(err.trimEnd().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^journey-map check: \S/);
      return;
    }
    const report = JSON.parse(out) as { findings: unknown[]; frame: { id: string } };
    expect(report.frame.id).toBe(entry.frameId ?? report.frame.id);
    const texts = new Set(stringsIn(report));
    for (const literal of entry.literals ?? []) expect(texts.has(literal), `"${literal.slice(0, 80)}" kept literally`).toBe(true);
  });

  it('answers a missing file with one line and exit 2', async () => {
    const captured = capture({});
    expect(await main(['check', 'nowhere.json', '--format', 'json'], captured.io)).toBe(2);
    expect(captured.stderr()).not.toMatch(STACK_LINE);
    expect(captured.stderr().trimEnd().split('\n')).toHaveLength(1);
  });
});
