// The gap report as data (`journey-map check --format json`) and as Markdown
// (the CLI's md format, `export --format md` and the panel's download).
import type { GapReport } from '../analysis/gap-check.ts';
import { groupByRule, unnamedItems, type FindingGroup } from '../analysis/finding-groups.ts';
import { lossLine } from '../analysis/score.ts';
import { SEVERITIES, type Finding, type Severity } from '../analysis/types.ts';
import { KIND_LABELS } from '../model/header-text.ts';
import { append } from '../model/arrays.ts';

/** The JSON shape the issue fixes: notes without the moment-of-truth flag, stages without their order. */
export function reportJson(report: GapReport) {
  const { journey } = report;
  return {
    frame: report.frame,
    journey: {
      kind: journey.kind,
      title: journey.title,
      persona: journey.persona,
      objectives: journey.objectives,
      review: journey.review,
      stages: journey.stages.map(({ id, name }) => ({ id, name })),
      lanes: journey.lanes.map(({ id, name, kind }) => ({ id, name, kind })),
      notes: journey.notes.map(({ id, stageId, laneId, text, valence, channel, owner, evidence }) => ({ id, stageId, laneId, text, valence, channel, owner, evidence })),
    },
    findings: report.findings,
    warnings: report.warnings,
    score: report.score,
    losses: report.losses,
  };
}

export const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/** The heading of the insights: what the map says about the customer, not what it lacks. */
export const INSIGHTS_HEADING = 'What the map says about the customer';

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (finding.group === 'completeness') counts[finding.severity]++;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "1 error, 8 warnings, 4 info · 3 insights": gaps by severity, insights apart. */
export function countsLine(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const insights = findings.filter((finding) => finding.group === 'insight').length;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info · ${plural(insights, 'insight')}`;
}

/** Markdown text with `*_[]<>#|~&` and backticks escaped, so board text (ids included) stays text. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}

function groupLines(report: GapReport, group: FindingGroup): string[] {
  const { explanation } = group;
  const lines = [`### ${mdText(group.heading)} (\`${group.rule}\`)`, ''];
  if (explanation.why !== '') lines.push(`${explanation.why} *${explanation.todo}*`, '');
  for (const finding of group.findings) {
    const items = unnamedItems(report.journey, finding).map(mdText).join('; ');
    lines.push(`- ${mdText(finding.message)}${items === '' ? '' : ` — ${items}`}`);
  }
  return lines;
}

export function reportMarkdown(report: GapReport): string {
  const lines = [
    `# Gap check: ${mdText(report.frame.title || report.frame.id)}`,
    '',
    `Map completeness: **${report.score}/100** · ${countsLine(report.findings)} · ${KIND_LABELS[report.journey.kind]}, ${report.journey.stages.length} stages, ${report.journey.lanes.length} lanes, ${report.journey.notes.length} notes`,
  ];
  if (report.losses.length > 0) append(lines, ['', 'Why not 100:', '', ...report.losses.map((loss) => `- ${mdText(lossLine(loss))}`)]);
  const gaps = groupByRule(report.findings, 'completeness');
  for (const severity of SEVERITIES) {
    const groups = gaps.filter((group) => group.severity === severity);
    if (groups.length === 0) continue;
    lines.push('', `## ${SEVERITY_HEADINGS[severity]}`, '');
    for (const group of groups) append(lines, [...groupLines(report, group), '']);
  }
  if (gaps.length === 0) lines.push('', 'No gaps found.');
  const insights = groupByRule(report.findings, 'insight');
  if (insights.length > 0) {
    lines.push('', `## ${INSIGHTS_HEADING}`, '');
    for (const group of insights) append(lines, [...groupLines(report, group), '']);
  }
  if (report.warnings.length > 0) append(lines, ['', '## What the check could not read', '', ...report.warnings.map((warning) => `- ${mdText(warning)}`)]);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
