// A comparison as reports: JSON (`{ comparison }`), Markdown (a table of the
// stages, then each stage's changes) and CSV (one row per touchpoint change).
import type { Comparison, TouchpointChange } from '../analysis/compare/types.ts';
import { countsLine, deltaBadge, painsLine, signed } from '../analysis/compare/wording.ts';
import type { FrameRef } from '../readback/types.ts';
import { mdText } from './export-report.ts';
import { append } from '../model/arrays.ts';
import type { ComparisonFinding } from '../analysis/compare/findings.ts';

export interface ComparisonReport {
  comparison: Comparison;
  from: FrameRef;
  to: FrameRef;
  /** Findings on the future map (none when the later map is not a future state). */
  findings: ComparisonFinding[];
}

export function comparisonJson(report: ComparisonReport): string {
  return `${JSON.stringify({ from: report.from, to: report.to, comparison: report.comparison, findings: report.findings }, null, 2)}\n`;
}

/** "added", "removed", or what changed: "text, valence (reworded, check)". */
function changeWhat(change: TouchpointChange): string {
  return change.change === 'changed' ? `${change.changes.join(', ')}${change.reworded ? ' (reworded, check)' : ''}` : change.change;
}

function changeLine(change: TouchpointChange): string {
  const what = changeWhat(change);
  const valence = change.valenceBefore === change.valenceAfter ? '' : ` (${signed(change.valenceBefore)} → ${signed(change.valenceAfter)})`;
  return `${what}: "${change.text}"${valence}`;
}

export function comparisonText(report: ComparisonReport): string {
  const { comparison } = report;
  const lines = [`${report.from.title || report.from.id} → ${report.to.title || report.to.id}`, `${painsLine(comparison)} · ${countsLine(comparison)}`];
  for (const [row, stage] of comparison.stages.entries()) {
    lines.push(`${stage.name} [${stage.status}]: ${signed(stage.before.mean)} → ${signed(stage.after.mean)} ${deltaBadge(stage.delta)}`);
    for (const change of comparison.changes.filter((entry) => entry.row === row)) lines.push(`  ${changeLine(change)}`);
  }
  const open = comparison.pains.outcomes.filter((pain) => pain.addressedBy === null);
  if (open.length > 0) append(lines, ['Not addressed:', ...open.map((pain) => `  [${pain.stage}] ${pain.text}`)]);
  if (comparison.regressions.length > 0) append(lines, ['Regressions:', ...comparison.regressions.map((entry) => `  [${entry.stage}] ${entry.text} (${signed(entry.valenceBefore)} → ${signed(entry.valenceAfter)})`)]);
  if (report.findings.length > 0) append(lines, ['Findings on the future map:', ...report.findings.map((finding) => `  ${finding.severity.toUpperCase().padEnd(7)} ${finding.rule}: ${finding.message}`)]);
  return `${lines.join('\n')}\n`;
}

export function comparisonMarkdown(report: ComparisonReport): string {
  const { comparison } = report;
  const lines = [
    `# Comparison: ${mdText(report.from.title || report.from.id)} → ${mdText(report.to.title || report.to.id)}`,
    '',
    `**${painsLine(comparison)}** · ${countsLine(comparison)}`,
    '',
    '| Stage | Before | After | Δ | Added | Removed | Changed | Unrated before → after |',
    '|---|---|---|---|---|---|---|---|',
    ...comparison.stages.map((stage) => {
      const name = stage.previousName === null ? mdText(stage.name) : `${mdText(stage.name)} (was ${mdText(stage.previousName)})`;
      return `| ${name} | ${signed(stage.before.mean)} | ${signed(stage.after.mean)} | ${deltaBadge(stage.delta)} | ${stage.added} | ${stage.removed} | ${stage.changed} | ${stage.before.unrated} → ${stage.after.unrated} |`;
    }),
  ];
  for (const [row, stage] of comparison.stages.entries()) {
    const changes = comparison.changes.filter((entry) => entry.row === row);
    if (changes.length === 0) continue;
    lines.push('', `## ${mdText(stage.name)}`, '', '| Change | Touchpoint | Valence |', '|---|---|---|');
    for (const change of changes) {
      lines.push(`| ${changeWhat(change)} | ${mdText(change.text)} | ${signed(change.valenceBefore)} → ${signed(change.valenceAfter)} |`);
    }
  }
  const open = comparison.pains.outcomes.filter((pain) => pain.addressedBy === null);
  if (open.length > 0) append(lines, ['', '## Pain points not addressed', '', ...open.map((pain) => `- **${mdText(pain.stage)}**: ${mdText(pain.text)}`)]);
  if (comparison.regressions.length > 0) {
    append(lines, ['', '## Regressions', '', ...comparison.regressions.map((entry) => `- **${mdText(entry.stage)}**: ${mdText(entry.text)} (${signed(entry.valenceBefore)} → ${signed(entry.valenceAfter)})`)]);
  }
  if (report.findings.length > 0) append(lines, ['', '## Findings on the future map', '', ...report.findings.map((finding) => `- ${finding.severity} \`${finding.rule}\`: ${mdText(finding.message)}`)]);
  return `${lines.join('\n')}\n`;
}

export const COMPARISON_CSV_COLUMNS = ['stage', 'change', 'lane', 'text', 'before_id', 'after_id', 'valence_before', 'valence_after', 'what_changed', 'reworded'] as const;

export async function comparisonCsv(comparison: Comparison): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const rows = comparison.changes.map((change) => [
    change.stage,
    change.change,
    change.lane,
    change.text,
    change.beforeId ?? '',
    change.afterId ?? '',
    change.valenceBefore ?? '',
    change.valenceAfter ?? '',
    change.changes.join(';'),
    change.reworded ? 'yes' : '',
  ]);
  // escapeFormulae: board text reading "=HYPERLINK(…)" must not run in a spreadsheet.
  return `${Papa.unparse({ fields: [...COMPARISON_CSV_COLUMNS], data: rows }, { newline: '\n', escapeFormulae: true })}\n`;
}
