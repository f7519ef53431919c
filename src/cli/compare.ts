// `journey-map compare <snapshot.json> --from F1 --to F2` and
// `compare <before.json> <after.json> [--from F1] [--to F2]` (snapshots or checkpoint files).
import { compareSources, type CompareSide } from '../analysis/compare/compare-sources.ts';
import { looksLikeCheckpoint, parseCheckpoint } from '../analysis/review/checkpoint.ts';
import { comparisonCsv, comparisonJson, comparisonMarkdown, comparisonText } from '../io/export-comparison.ts';
import { parseSnapshot, type BoardSnapshot } from '../snapshot/snapshot.ts';
import { pullFromEnvironment } from './board-source.ts';
import { emit, UsageError, type CliCommand, type CliIO } from './io.ts';
import { checkFormat } from './snapshot-args.ts';

const FORMATS = ['text', 'json', 'md', 'csv'] as const;

const USAGE = `Usage: journey-map compare <snapshot.json | --board ID> --from F1 --to F2 [--format text|json|md|csv] [--force] [-o file]
       journey-map compare <before.json> <after.json | --board ID> [--from F1] [--to F2] [...]

Compares two journey maps stage by stage: mean emotion before → after and Δ,
touchpoints added, removed and changed, pain points addressed, regressions.
One snapshot: --from and --to name its two frames (the current and the future
state). Two files: each a board snapshot or a checkpoint file (downloaded from
the panel); --from / --to pick the frame when a snapshot holds several maps.
--board ID reads the board through Miro's REST API (MIRO_ACCESS_TOKEN, MIRO_API_URL:
docs/real-boards.md) as the last side. Maps for different personas are refused unless --force.

Formats: text (default), json ({ from, to, comparison }), md (a table of the
stages, then each stage's changes), csv (one row per touchpoint change).
Exit codes: 0 compared · 2 bad input (unreadable file, unknown frame, personas differ).
`;

interface CompareArgs {
  inputs: string[];
  board?: string;
  from?: string;
  to?: string;
  format?: string;
  output?: string;
  force: boolean;
}

const FLAGS: Record<string, 'from' | 'to' | 'format' | 'output' | 'board'> = { '--board': 'board', '--from': 'from', '--to': 'to', '--format': 'format', '-f': 'format', '-o': 'output', '--output': 'output' };

function parseArgs(args: readonly string[]): CompareArgs {
  const parsed: CompareArgs = { inputs: [], force: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const field = FLAGS[arg];
    if (field !== undefined) {
      const value = args[++index];
      if (value === undefined || (value.startsWith('-') && value.length > 1)) throw new UsageError(`${arg} needs a value`);
      parsed[field] = value;
    } else if (arg === '--force') parsed.force = true;
    else if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}; see journey-map compare --help`);
    else parsed.inputs.push(arg);
  }
  const sides = parsed.inputs.length + (parsed.board === undefined ? 0 : 1);
  if (sides === 0) throw new UsageError('missing <snapshot.json> or --board ID; see journey-map compare --help');
  if (sides > 2) throw new UsageError(`one snapshot, or two to compare (got ${sides})`);
  if (sides === 1 && (parsed.from === undefined || parsed.to === undefined)) throw new UsageError('with one snapshot, --from and --to name the two frames to compare');
  return parsed;
}

function boardSide(snapshot: BoardSnapshot, frameId: string | undefined): CompareSide {
  return frameId === undefined ? { snapshot } : { snapshot, frameId };
}

/** A snapshot or a checkpoint file, by what it says it is. */
async function readSide(path: string, { frameId, io }: { frameId: string | undefined; io: CliIO }): Promise<CompareSide> {
  const text = await io.readFile(path).catch((error: unknown) => {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (looksLikeCheckpoint(data)) {
    const parsed = parseCheckpoint(data);
    if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
    return { checkpoint: parsed.checkpoint };
  }
  const parsed = parseSnapshot(data);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return boardSide(parsed.snapshot, frameId);
}

export const compareCommand: CliCommand = {
  summary: 'compare two journey maps (current → future, or a checkpoint → now)',
  usage: USAGE,
  run: async (args, io) => {
    const options = parseArgs(args);
    const format = checkFormat(options.format, { formats: FORMATS, fallback: 'text' });
    // The files in order, then the board: one source holds both frames, two are before and after.
    const boardId = options.board;
    const sources = [
      ...options.inputs.map((path) => (frameId: string | undefined) => readSide(path, { frameId, io })),
      ...(boardId === undefined ? [] : [async (frameId: string | undefined) => boardSide((await pullFromEnvironment(boardId, io)).snapshot, frameId)]),
    ];
    const [readFirst, readSecond] = sources as [(frameId: string | undefined) => Promise<CompareSide>, ((frameId: string | undefined) => Promise<CompareSide>) | undefined];
    const from = await readFirst(options.from);
    if (readSecond === undefined && 'checkpoint' in from) throw new UsageError(`${options.inputs[0] ?? ''} is a checkpoint: give the snapshot to compare it with`);
    const to = readSecond === undefined ? { ...from, frameId: options.to } : await readSecond(options.to);
    const result = compareSources({ from, to, force: options.force });
    if (!result.ok) throw new UsageError(result.reason === 'personas-differ' ? `${result.message}; pass --force to compare them anyway` : result.message);
    const report = { comparison: result.comparison, from: result.from, to: result.to, findings: result.findings };
    const text = format === 'json' ? comparisonJson(report) : format === 'md' ? comparisonMarkdown(report) : format === 'csv' ? await comparisonCsv(report.comparison) : comparisonText(report);
    await emit(text, { output: options.output, io });
    return 0;
  },
};
