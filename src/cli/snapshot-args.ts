// What `check` and `export` share: their arguments (a snapshot file, --frame,
// --format, -o, --today) and turning a snapshot file into a gap report; reading
// a snapshot file (`recolor` too).
import { resolve } from 'node:path';
import { gapCheck, isoDay, type GapReport } from '../analysis/gap-check.ts';
import { isoDateSchema } from '../model/journey.ts';
import { parseSnapshotText, type BoardSnapshot } from '../snapshot/snapshot.ts';
import { UsageError, type CliIO } from './io.ts';

export interface SnapshotArgs {
  input: string;
  format?: string;
  frameId?: string;
  output?: string;
  today?: string;
}

const FLAGS: Record<string, keyof Omit<SnapshotArgs, 'input'>> = { '--format': 'format', '-f': 'format', '--frame': 'frameId', '-o': 'output', '--output': 'output', '--today': 'today' };

/** `allowed`: the flags this command takes. */
export function parseSnapshotArgs(args: readonly string[], { command, allowed }: { command: string; allowed: readonly string[] }): SnapshotArgs {
  const parsed: Partial<SnapshotArgs> = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const field = FLAGS[arg];
    if (field !== undefined && allowed.includes(arg)) {
      const value = args[++index];
      if (value === undefined || (value.startsWith('-') && value.length > 1)) throw new UsageError(`${arg} needs a value`);
      parsed[field] = value;
    } else if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}; see journey-map ${command} --help`);
    else if (parsed.input === undefined) parsed.input = arg;
    else throw new UsageError(`one snapshot file only (got "${parsed.input}" and "${arg}")`);
  }
  if (parsed.input === undefined) throw new UsageError(`missing <snapshot.json>; see journey-map ${command} --help`);
  // A report written over the snapshot it reports on would destroy the board: refused, not overwritten.
  if (parsed.output !== undefined && resolve(parsed.output) === resolve(parsed.input)) {
    throw new UsageError(`-o ${parsed.output} is the input file; write the output to another file`);
  }
  if (parsed.today !== undefined && !isoDateSchema.safeParse(parsed.today).success) throw new UsageError(`--today: expected a date as YYYY-MM-DD, got "${parsed.today}"`);
  return { ...parsed, input: parsed.input };
}

export function checkFormat<T extends string>(format: string | undefined, { formats, fallback }: { formats: readonly T[]; fallback?: T }): T {
  const value = format ?? fallback;
  if (value === undefined) throw new UsageError(`--format is required: ${formats.join(', ')}`);
  if (!(formats as readonly string[]).includes(value)) throw new UsageError(`unknown format "${value}": use ${formats.join(', ')}`);
  return value as T;
}

/** Reads and parses a snapshot file; an unreadable file or a non-snapshot is a one-line UsageError. */
export async function readSnapshot(path: string, io: CliIO): Promise<{ snapshot: BoardSnapshot; warnings: string[]; text: string }> {
  const text = await io.readFile(path).catch((error: unknown) => {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const parsed = parseSnapshotText(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return { ...parsed, text };
}

/** Reads, parses and checks the snapshot; anything wrong with the input is a one-line UsageError. */
export async function reportFor(options: SnapshotArgs, io: CliIO): Promise<GapReport> {
  const parsed = await readSnapshot(options.input, io);
  const result = gapCheck(parsed.snapshot, { today: options.today ?? isoDay(new Date()), ...(options.frameId === undefined ? {} : { frameId: options.frameId }) });
  if (!result.ok) {
    // Several journey frames: list them, so the next run can pass --frame.
    const list = result.candidates.map((frame) => `${frame.id} "${frame.title}"`).join(', ');
    throw new UsageError(result.reason === 'ambiguous' ? `${result.candidates.length} frames hold a journey map; pass --frame with one of: ${list}` : result.message);
  }
  return { ...result, warnings: [...parsed.warnings, ...result.warnings] };
}
