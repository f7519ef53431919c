// `journey-map check <snapshot.json | journey.json | --board ID> [--frame ID] [--format text|json|md] [--today YYYY-MM-DD]`
import type { GapReport } from '../analysis/gap-check.ts';
import { groupByRule, unnamedItems, type FindingGroup } from '../analysis/finding-groups.ts';
import { hasErrors } from '../analysis/registry.ts';
import { lossLine } from '../analysis/score.ts';
import { countsLine, INSIGHTS_HEADING, reportJson, reportMarkdown } from '../io/export-report.ts';
import type { CliCommand } from './io.ts';
import { checkFormat, parseSnapshotArgs, reportFor } from './snapshot-args.ts';
import { append } from '../model/arrays.ts';

const FORMATS = ['text', 'json', 'md'] as const;

const USAGE = `Usage: journey-map check <snapshot.json | journey.json | --board ID> [--frame ID] [--format text|json|md] [--today YYYY-MM-DD]

Reads the journey map on a board snapshot back by geometry and reports its gaps
(docs/gap-rules.md) with its completeness score from 0 to 100, then what the
map says about the customer (insights, never scored). A journey file (the model JSON the panel
downloads) is checked as the Insert tab would lay it out. --board ID reads a
Miro board through the REST API: MIRO_ACCESS_TOKEN (boards:read) must be set;
MIRO_API_URL overrides https://api.miro.com.
Without --frame: the one frame that holds a journey map; with several, lists them.
--today sets the date the review cadence is checked against (default: today, UTC).

Exit codes: 0 no error-level finding · 1 one or more error-level findings ·
2 bad input (unreadable file, not a snapshot, no or several journey frames,
no token, the board unreadable).
`;

function groupText(report: GapReport, group: FindingGroup): string[] {
  const label = group.group === 'insight' ? 'INSIGHT' : group.severity.toUpperCase();
  const lines = [`${label.padEnd(7)} ${group.rule}: ${group.heading}`];
  for (const finding of group.findings) {
    const items = unnamedItems(report.journey, finding).join('; ');
    lines.push(`        ${finding.message}${items === '' ? '' : ` — ${items}`}`);
  }
  return lines;
}

function textReport(report: GapReport): string {
  const lines = [
    `${report.frame.title || '(untitled frame)'} (${report.frame.id}): completeness ${report.score}/100`,
    `${report.journey.stages.length} stages, ${report.journey.lanes.length} lanes, ${report.journey.notes.length} notes · ${countsLine(report.findings)}`,
    ...report.losses.map((loss) => `  ${lossLine(loss)}`),
  ];
  for (const group of groupByRule(report.findings, 'completeness')) append(lines, groupText(report, group));
  const insights = groupByRule(report.findings, 'insight');
  if (insights.length > 0) lines.push(`${INSIGHTS_HEADING}:`);
  for (const group of insights) append(lines, groupText(report, group));
  if (report.warnings.length > 0) append(lines, ['Could not read:', ...report.warnings.map((warning) => `  ${warning}`)]);
  return `${lines.join('\n')}\n`;
}

export const checkCommand: CliCommand = {
  summary: 'read a journey map back from a snapshot or a board and report its gaps',
  usage: USAGE,
  run: async (args, io) => {
    const options = parseSnapshotArgs(args, { command: 'check', allowed: ['--board', '--format', '-f', '--frame', '--today'] });
    const format = checkFormat(options.format, { formats: FORMATS, fallback: 'text' });
    const report = await reportFor(options, { io, command: 'check' });
    if (format === 'json') io.stdout(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    else if (format === 'md') io.stdout(reportMarkdown(report));
    else io.stdout(textReport(report));
    return hasErrors(report.findings) ? 1 : 0;
  },
};
