// What the commands that read a board share: their arguments (a snapshot or
// journey file, or --board ID; --frame, --format, -o, --today), the one
// function that turns that source into a snapshot, and turning it into a gap
// report; reading a snapshot file (`recolor` too).
import { gapCheck, isoDay, type GapReport } from '../analysis/gap-check.ts';
import { isoDateSchema } from '../model/journey.ts';
import { parseSnapshotText, type BoardSnapshot } from '../snapshot/snapshot.ts';
import { pullFromEnvironment } from './board-source.ts';
import { UsageError, type CliIO } from './io.ts';
import { isJourneyFileText, journeySnapshot, parseJourneyText } from './journey-board.ts';

export interface SnapshotArgs {
  /** The file to read; absent when `board` is given. */
  input?: string;
  /** A Miro board id, read through the REST API (`--board`). */
  board?: string;
  format?: string;
  frameId?: string;
  output?: string;
  today?: string;
}

const FLAGS: Record<string, keyof Omit<SnapshotArgs, 'input'>> = { '--board': 'board', '--format': 'format', '-f': 'format', '--frame': 'frameId', '-o': 'output', '--output': 'output', '--today': 'today' };

/** `allowed`: the flags this command takes (add `--board` to read a board through the REST API). */
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
  const boardAllowed = allowed.includes('--board');
  if (parsed.input === undefined && parsed.board === undefined) throw new UsageError(`missing <snapshot.json>${boardAllowed ? ' or --board ID' : ''}; see journey-map ${command} --help`);
  if (parsed.input !== undefined && parsed.board !== undefined) throw new UsageError(`read a file or --board ${parsed.board}, not both (got "${parsed.input}" too)`);
  if (parsed.today !== undefined && !isoDateSchema.safeParse(parsed.today).success) throw new UsageError(`--today: expected a date as YYYY-MM-DD, got "${parsed.today}"`);
  return parsed;
}

export function checkFormat<T extends string>(format: string | undefined, { formats, fallback }: { formats: readonly T[]; fallback?: T }): T {
  const value = format ?? fallback;
  if (value === undefined) throw new UsageError(`--format is required: ${formats.join(', ')}`);
  if (!(formats as readonly string[]).includes(value)) throw new UsageError(`unknown format "${value}": use ${formats.join(', ')}`);
  return value as T;
}

/** A file's text; an unreadable file is a one-line UsageError. */
export async function readText(path: string, io: CliIO): Promise<string> {
  return io.readFile(path).catch((error: unknown) => {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Reads and parses a snapshot file; an unreadable file or a non-snapshot is a one-line UsageError. */
export async function readSnapshot(path: string, io: CliIO): Promise<{ snapshot: BoardSnapshot; warnings: string[]; text: string }> {
  const text = await readText(path, io);
  const parsed = parseSnapshotText(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return { ...parsed, text };
}

export interface SourceSnapshot {
  snapshot: BoardSnapshot;
  warnings: string[];
  /** What was read: a snapshot file, a journey file laid out as the Insert tab would, or a board through REST. */
  kind: 'snapshot' | 'journey' | 'board';
}

/**
 * The snapshot a board-reading command works on, from `--board ID` or a file
 * that holds a board snapshot or a journey (the model JSON the panel downloads;
 * a stderr note says so). Problems are one-line UsageErrors.
 */
export async function readSource(options: SnapshotArgs, { io, command }: { io: CliIO; command: string }): Promise<SourceSnapshot> {
  if (options.board !== undefined) return { ...(await pullFromEnvironment(options.board, io)), kind: 'board' };
  const path = options.input ?? '';
  const text = await readText(path, io);
  if (!isJourneyFileText(text)) {
    const parsed = parseSnapshotText(text);
    if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
    return { ...parsed, kind: 'snapshot' };
  }
  const laidOut = await journeySnapshot(await parseJourneyText(text, path));
  io.stderr(`journey-map ${command}: ${path} is a journey file, not a board snapshot; read as the Insert tab would lay it out\n`);
  return { ...laidOut, kind: 'journey' };
}

/** Reads the source and checks it; anything wrong with the input is a one-line UsageError. */
export async function reportFor(options: SnapshotArgs, { io, command }: { io: CliIO; command: string }): Promise<GapReport> {
  const source = await readSource(options, { io, command });
  const result = gapCheck(source.snapshot, { today: options.today ?? isoDay(new Date()), ...(options.frameId === undefined ? {} : { frameId: options.frameId }) });
  if (!result.ok) {
    // Several journey frames: list them, so the next run can pass --frame.
    const list = result.candidates.map((frame) => `${frame.id} "${frame.title}"`).join(', ');
    throw new UsageError(result.reason === 'ambiguous' ? `${result.candidates.length} frames hold a journey map; pass --frame with one of: ${list}` : result.message);
  }
  return { ...result, warnings: [...source.warnings, ...result.warnings] };
}
