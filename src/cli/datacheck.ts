// `journey-map datacheck <snapshot.json> --log events.csv [--mapping m.json]
// [--window 30d] [--format text|json|md|csv]`: the map against what customers
// did. The log is streamed; exit codes as `check`.
import { runDataCheck } from '../analysis/datacheck/data-check.ts';
import { dataMapOf } from '../analysis/datacheck/data-map.ts';
import { SETTING_NAMES } from '../analysis/datacheck/defaults.ts';
import { refusal } from '../analysis/datacheck/log-reader.ts';
import { LogParser } from '../analysis/datacheck/parse.ts';
import { gapCheck, isoDay } from '../analysis/gap-check.ts';
import { dataCheckJson } from '../io/datacheck-json.ts';
import { dataCheckCsv, dataCheckMarkdown, dataCheckText } from '../io/datacheck-text.ts';
import { parseDataCheckArgs, parseMappingFile } from './datacheck-args.ts';
import { emit, UsageError, type CliCommand, type CliIO } from './io.ts';
import { checkFormat, parseSnapshotArgs, readSnapshot } from './snapshot-args.ts';

const FORMATS = ['text', 'json', 'md', 'csv'] as const;

const USAGE = `Usage: journey-map datacheck <snapshot.json> --log events.csv [--mapping m.json]
       [--window 30d] [--frame ID] [--format text|json|md|csv] [-o FILE]
       [--set name=value]… [--effort-high-is-worse]

Holds the journey map against an event log (CSV/TSV or JSON Lines: case id,
activity, timestamp; optional channel, segment, score and feedback columns) and
reports coverage, hidden touchpoints, order deviations, drop-offs and observed
valence (docs/data-check.md). Events map to stickies by "event: <name>" tags,
then the --mapping file ({ "mapping": { "<event>": "<sticky id>" | null } }),
then by text similarity (>= autoMatch accepted, >= suggestMatch to confirm).
--set changes a default: ${SETTING_NAMES.join(', ')}.

Exit codes: 0 no error-level finding · 1 one or more · 2 bad input.
`;

async function readLog(path: string, io: CliIO) {
  const parser = new LogParser();
  try {
    if (io.readChunks === undefined) parser.push(await io.readFile(path));
    else for await (const chunk of io.readChunks(path)) parser.push(chunk);
    return parser.finish();
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function mapFor({ input, frameId }: { input: string; frameId: string | undefined }, io: CliIO) {
  const { snapshot } = await readSnapshot(input, io);
  const checked = gapCheck(snapshot, { today: isoDay(new Date()), ...(frameId === undefined ? {} : { frameId }) });
  if (!checked.ok) {
    const list = checked.candidates.map((frame) => `${frame.id} "${frame.title}"`).join(', ');
    throw new UsageError(checked.reason === 'ambiguous' ? `${checked.candidates.length} frames hold a journey map; pass --frame with one of: ${list}` : checked.message);
  }
  return dataMapOf({ journey: checked.journey, snapshot, frameId: checked.frame.id });
}

export const datacheckCommand: CliCommand = {
  summary: 'hold a journey map against an event log (what customers actually did)',
  usage: USAGE,
  run: async (args, io) => {
    const options = parseDataCheckArgs(args);
    const snapshotArgs = parseSnapshotArgs(options.rest, { command: 'datacheck', allowed: ['--format', '-f', '--frame', '-o', '--output'] });
    const format = checkFormat(snapshotArgs.format, { formats: FORMATS, fallback: 'text' });
    const map = await mapFor({ input: snapshotArgs.input, frameId: snapshotArgs.frameId }, io);
    const saved = options.mapping === undefined ? {} : parseMappingFile(await io.readFile(options.mapping).catch(() => { throw new UsageError(`cannot read ${options.mapping}`); }), options.mapping);
    const log = await readLog(options.log, io);
    const refused = refusal(log, options.settings.maxBadRowShare);
    if (refused !== null) throw new UsageError(`${options.log}: ${refused}`);
    const source = options.log.split(/[\\/]/).pop() ?? options.log;
    const result = runDataCheck({ map, log, saved, settings: options.settings, source, highIsWorse: options.highIsWorse });
    const text = format === 'json' ? `${JSON.stringify(dataCheckJson(result), null, 2)}\n` : format === 'md' ? dataCheckMarkdown(result) : format === 'csv' ? await dataCheckCsv(result) : dataCheckText(result);
    await emit(text, { output: snapshotArgs.output, io });
    return result.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },
};
