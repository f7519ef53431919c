// An in-memory CliIO for running commands in-process: stdout and stderr are
// collected; files are read from `files` (written ones too), else from `fallback`.
import type { CliIO } from '../../src/cli/io.ts';

export function fakeIO(files: Record<string, string> = {}, fallback?: (path: string) => string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      const text = files[path];
      if (text !== undefined) return text;
      if (fallback !== undefined) return fallback(path);
      throw new Error(`ENOENT: no such file, open '${path}'`);
    },
    writeFile: async (path, text) => void (files[path] = text),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written: files };
}
