// `journey-map check <snapshot.json | journey.json | --board ID> [--frame ID] [--format text|json|md] [--today YYYY-MM-DD]`
import type { GapReport } from '../analysis/gap-check.ts';
import { stageName } from '../analysis/journey-facts.ts';
import { hasErrors } from '../analysis/registry.ts';
import { SEVERITIES } from '../analysis/types.ts';
import { countsLine, reportJson, reportMarkdown } from '../io/export-report.ts';
import type { CliCommand } from './io.ts';
import { checkFormat, parseSnapshotArgs, reportFor } from './snapshot-args.ts';

const FORMATS = ['text', 'json', 'md'] as const;

const USAGE = `Usage: journey-map check <snapshot.json | journey.json | --board ID> [--frame ID] [--format text|json|md] [--today YYYY-MM-DD]

Reads the journey map on a board snapshot back by geometry and reports its gaps
with a health score from 0 to 100. A journey file (the model JSON the panel
downloads) is checked as the Insert tab would lay it out. --board ID reads a
Miro board through the REST API: MIRO_ACCESS_TOKEN (boards:read) must be set;
MIRO_API_URL overrides https://api.miro.com.
Without --frame: the one frame that holds a journey map; with several, lists them.
--today sets the date the review cadence is checked against (default: today, UTC).

Exit codes: 0 no error-level finding · 1 one or more error-level findings ·
2 bad input (unreadable file, not a snapshot, no or several journey frames,
no token, the board unreadable).
`;

function textReport(report: GapReport): string {
  const lines = [
    `${report.frame.title || '(untitled frame)'} (${report.frame.id}): health ${report.score}/100`,
    `${report.journey.stages.length} stages, ${report.journey.lanes.length} lanes, ${report.journey.notes.length} notes · ${countsLine(report.findings)}`,
  ];
  for (const severity of SEVERITIES) {
    for (const finding of report.findings.filter((entry) => entry.severity === severity)) {
      const stage = finding.stageId === undefined ? '' : ` [${stageName(report.journey, finding.stageId)}]`;
      lines.push(`${severity.toUpperCase().padEnd(7)} ${finding.rule}${stage}: ${finding.message} (${finding.itemIds.join(', ') || 'no item'})`);
    }
  }
  if (report.warnings.length > 0) lines.push('Could not read:', ...report.warnings.map((warning) => `  ${warning}`));
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
