// The gap report as data (`journey-map check --format json`) and as Markdown
// (the CLI's md format, `export --format md` and the panel's download).
import type { GapReport } from '../analysis/gap-check.ts';
import { EXPLANATIONS } from '../analysis/explanations.ts';
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
  };
}

export const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "1 error, 8 warnings, 4 info". */
export function countsLine(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

/** Markdown text with `*_[]<>#|~&` and backticks escaped, so board text (ids included) stays text. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}

function stageLabel(report: GapReport, finding: Finding): string {
  const stage = report.journey.stages.find((entry) => entry.id === finding.stageId);
  return stage === undefined ? '' : ` — stage ${mdText(stage.name)}`;
}

export function reportMarkdown(report: GapReport): string {
  const lines = [
    `# Gap check: ${mdText(report.frame.title || report.frame.id)}`,
    '',
    `Health score: **${report.score}/100** · ${countsLine(report.findings)} · ${KIND_LABELS[report.journey.kind]}, ${report.journey.stages.length} stages, ${report.journey.lanes.length} lanes, ${report.journey.notes.length} notes`,
  ];
  for (const severity of SEVERITIES) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', `## ${SEVERITY_HEADINGS[severity]}`, '');
    for (const finding of findings) {
      const explanation = EXPLANATIONS[finding.rule];
      lines.push(`- **${explanation.title}** (\`${finding.rule}\`)${stageLabel(report, finding)}: ${mdText(finding.message)}. ${explanation.why} *${explanation.todo}* Items: ${finding.itemIds.map(mdText).join(', ') || '—'}`);
    }
  }
  if (report.findings.length === 0) lines.push('', 'No gaps found.');
  if (report.warnings.length > 0) append(lines, ['', '## What the check could not read', '', ...report.warnings.map((warning) => `- ${mdText(warning)}`)]);
  return `${lines.join('\n')}\n`;
}
