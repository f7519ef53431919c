// `journey-map datacheck <snapshot.json> --log events.csv [--mapping m.json]
// [--window 30d] [--format text|json|md|csv]`: the map against what customers
// did. The log is streamed; exit codes as `check`.
import { runAggregatedCheck } from '../analysis/datacheck/aggregated-check.ts';
import { isAggregatedHeader, readAggregated } from '../analysis/datacheck/aggregated-input.ts';
import { runDataCheck, type DataCheckResult } from '../analysis/datacheck/data-check.ts';
import { dataMapOf, type DataMap } from '../analysis/datacheck/data-map.ts';
import { SETTING_NAMES } from '../analysis/datacheck/defaults.ts';
import { refusal, type LogRead } from '../analysis/datacheck/log-reader.ts';
import { LogParser, sniffDelimiter } from '../analysis/datacheck/parse.ts';
import { loadFeedbackScorer } from '../emotion/feedback-scorer.ts';
import { dataCheckJson } from '../io/datacheck-json.ts';
import { dataCheckCsv, dataCheckMarkdown, dataCheckText } from '../io/datacheck-text.ts';
import { parseDataCheckArgs, parseMappingFile, type DataCheckArgs } from './datacheck-args.ts';
import { emit, UsageError, type CliCommand, type CliIO } from './io.ts';
import { checkFormat, parseSnapshotArgs, readText, reportFor } from './snapshot-args.ts';

const FORMATS = ['text', 'json', 'md', 'csv'] as const;

const USAGE = `Usage: journey-map datacheck <snapshot.json | --board ID> --log events.csv [--mapping m.json]
       [--window 30d] [--frame ID] [--format text|json|md|csv] [-o FILE]
       [--set name=value]… [--effort-high-is-worse] [--follows follows.csv]

Holds the journey map against an event log (CSV/TSV or JSON Lines: case id,
activity, timestamp; optional channel, segment, score and feedback columns) and
reports coverage, hidden touchpoints, order deviations, drop-offs and observed
valence (docs/data-check.md). Events map to stickies by "event: <name>" tags,
then the --mapping file ({ "mapping": { "<event>": "<sticky id>" | null } }),
then by text similarity (>= autoMatch accepted, >= suggestMatch to confirm).
--set changes a default: ${SETTING_NAMES.join(', ')}.
A --log whose header is activity,cases,events (the warehouse SQL's output) is
read as pre-aggregated; --follows adds its from,to,cases file.

Exit codes: 0 no error-level finding · 1 one or more · 2 bad input.
`;

async function* chunksOf(path: string, io: CliIO): AsyncIterable<string> {
  if (io.readChunks === undefined) yield await io.readFile(path);
  else yield* io.readChunks(path);
}

/** An event log, streamed; or, when its header is `activity,cases,events,…`, the pre-aggregated CSV's text. */
async function readInput(path: string, io: CliIO): Promise<{ log: LogRead } | { aggregated: string }> {
  const parser = new LogParser({ feedbackScorer: await loadFeedbackScorer() });
  let head: string | null = '';
  let aggregated: string | null = null;
  try {
    for await (const chunk of chunksOf(path, io)) {
      if (aggregated !== null) aggregated += chunk;
      else if (head === null) parser.push(chunk);
      else {
        head += chunk;
        const newline = head.indexOf('\n');
        if (newline < 0) continue;
        const firstLine = head.slice(0, newline).replace(/^\uFEFF/, '');
        if (isAggregatedHeader(firstLine.split(sniffDelimiter(firstLine)))) aggregated = head;
        else parser.push(head);
        head = null;
      }
    }
    if (head !== null && head.trim() !== '') parser.push(head);
    return aggregated === null ? { log: parser.finish() } : { aggregated };
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function check(options: DataCheckArgs, { map, io }: { map: DataMap; io: CliIO }): Promise<DataCheckResult> {
  const saved = options.mapping === undefined ? {} : parseMappingFile(await readText(options.mapping, io), options.mapping);
  const input = await readInput(options.log, io);
  const source = options.log.split(/[\\/]/).pop() ?? options.log;
  if ('aggregated' in input) {
    const read = readAggregated({ activities: input.aggregated, ...(options.follows === undefined ? {} : { follows: await readText(options.follows, io) }) });
    if (!read.ok) throw new UsageError(`${options.log}: ${read.error}`);
    return runAggregatedCheck({ map, activities: read.activities, follows: read.follows, saved, settings: options.settings, source });
  }
  const refused = refusal(input.log, options.settings.maxBadRowShare);
  if (refused !== null) throw new UsageError(`${options.log}: ${refused}`);
  return runDataCheck({ map, log: input.log, saved, settings: options.settings, source, highIsWorse: options.highIsWorse });
}

export const datacheckCommand: CliCommand = {
  summary: 'hold a journey map against an event log (what customers actually did)',
  usage: USAGE,
  run: async (args, io) => {
    const options = parseDataCheckArgs(args);
    const snapshotArgs = parseSnapshotArgs(options.rest, { command: 'datacheck', allowed: ['--board', '--format', '-f', '--frame', '-o', '--output'] });
    const format = checkFormat(snapshotArgs.format, { formats: FORMATS, fallback: 'text' });
    const report = await reportFor(snapshotArgs, { io, command: 'datacheck' });
    const map = dataMapOf({ journey: report.journey, snapshot: report.snapshot, frameId: report.frame.id });
    const result = await check(options, { map, io });
    const text = format === 'json' ? `${JSON.stringify(dataCheckJson(result), null, 2)}\n` : format === 'md' ? dataCheckMarkdown(result) : format === 'csv' ? await dataCheckCsv(result) : dataCheckText(result);
    await emit(text, { output: snapshotArgs.output, io });
    return result.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },
};
