// `journey-map export <snapshot.json | journey.json | --board ID> --format json|csv|md|mermaid [--frame ID] [-o file]`
import { journeyJson } from '../io/export-json.ts';
import { notesCsv } from '../io/export-csv.ts';
import { journeyMermaid } from '../io/export-mermaid.ts';
import { reportMarkdown } from '../io/export-report.ts';
import { emit, type CliCommand } from './io.ts';
import { checkFormat, parseSnapshotArgs, reportFor } from './snapshot-args.ts';

const FORMATS = ['json', 'csv', 'md', 'mermaid'] as const;

const USAGE = `Usage: journey-map export <snapshot.json | journey.json | --board ID> --format json|csv|md|mermaid [--frame ID] [-o file] [--today YYYY-MM-DD]

Reads the journey map on a board snapshot (a journey file as the Insert tab
would lay it out; --board ID: a Miro board through the REST API, with
MIRO_ACCESS_TOKEN and MIRO_API_URL as for check) back and writes it as:
  json     the journey model (the versioned file the panel imports)
  csv      one row per note: stage, lane, text, valence, channel, owner, evidence, moment_of_truth
  md       the gap report
  mermaid  a Mermaid "journey" diagram, touchpoints scored 1–5 from their valence
To stdout, or to -o file. Exit 0, or 2 for bad input.
`;

export const exportCommand: CliCommand = {
  summary: 'write the journey map of a snapshot or a board as json, csv, md or mermaid',
  usage: USAGE,
  run: async (args, io) => {
    const options = parseSnapshotArgs(args, { command: 'export', allowed: ['--board', '--format', '-f', '--frame', '-o', '--output', '--today'] });
    const format = checkFormat(options.format, { formats: FORMATS });
    const report = await reportFor(options, { io, command: 'export' });
    const text =
      format === 'json' ? journeyJson(report.journey) : format === 'csv' ? await notesCsv(report.journey) : format === 'md' ? reportMarkdown(report) : journeyMermaid(report.journey);
    await emit(text, { output: options.output, io });
    return 0;
  },
};
