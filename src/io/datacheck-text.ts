// The data check as people read it: the Markdown section "Tested against data",
// plain text for the terminal, and CSV with one row per touchpoint. Counts
// below 30 say "low n"; below 5 they are "<5".
import type { DataCheckResult } from '../analysis/datacheck/data-check.ts';
import { DATA_GROUP, type DataFinding } from '../analysis/datacheck/findings.ts';
import type { TouchpointMetric } from '../analysis/datacheck/metrics.ts';
import { shownCount } from '../analysis/datacheck/privacy.ts';
import { SEVERITIES } from '../analysis/types.ts';
import { append } from '../model/arrays.ts';
import { mdText, SEVERITY_HEADINGS } from './export-report.ts';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** "1,240", "12 (low n)", "<5". */
export function nLabel(n: number, result: DataCheckResult): string {
  const { suppressN, minN } = result.settings;
  if (n < suppressN) return shownCount(n, suppressN);
  return n < minN ? `${n} (low n)` : n.toLocaleString('en-US');
}

function countsLine(findings: readonly DataFinding[]): string {
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  return `${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`;
}

export function summaryLine(result: DataCheckResult): string {
  const range = result.window.from === null ? 'no dates' : `${result.window.from} to ${result.window.to}`;
  const segment = result.segment === null ? '' : ` · segment "${result.segment}"`;
  return `${result.source}: ${range}${result.window.naiveTimesReadAsUtc ? ' (times without a zone read as UTC)' : ''} · ${nLabel(result.instances, result)} journeys · ${nLabel(result.events, result)} events · mapping coverage ${pct(result.mappingCoverage)}${segment}`;
}

function settingsLine(result: DataCheckResult): string {
  return Object.entries(result.settings)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
}

function touchpointCell(metric: TouchpointMetric, result: DataCheckResult): string {
  const observed = metric.observed === null || metric.observed.n < result.settings.suppressN ? '—' : `${metric.observed.mean.toFixed(1)} (n=${nLabel(metric.observed.n, result)})`;
  const coverage = metric.instances < result.settings.suppressN ? '—' : pct(metric.coverage);
  return `| ${mdText(metric.text)} | ${coverage} | ${nLabel(metric.instances, result)} | ${metric.assumed ?? '—'} | ${observed} |`;
}

export function dataCheckMarkdown(result: DataCheckResult): string {
  const stageName = new Map(result.stages.map((stage) => [stage.id, stage.name]));
  const lines = [`## ${DATA_GROUP}`, '', mdText(summaryLine(result)), '', `${countsLine(result.findings)}.`];
  for (const severity of SEVERITIES) {
    const findings = result.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', `### ${SEVERITY_HEADINGS[severity]}`, '');
    append(lines, findings.map((finding) => `- \`${finding.rule}\`${finding.stageId === undefined ? '' : ` — stage ${mdText(stageName.get(finding.stageId) ?? '')}`}: ${mdText(finding.message)}. Items: ${finding.itemIds.join(', ')}`));
  }
  lines.push('', '### Stages', '', '| stage | reach | journeys | on to the next | median hours |', '|---|---|---|---|---|');
  for (const stage of result.stages) {
    const step = stage.step === null || stage.step.n < result.settings.suppressN ? '—' : `${pct(stage.step.rate)} (${pct(stage.step.low)}–${pct(stage.step.high)})`;
    lines.push(`| ${mdText(stage.name)} | ${stage.instances < result.settings.suppressN ? '—' : pct(stage.reach)} | ${nLabel(stage.instances, result)} | ${step} | ${stage.step?.medianHours ?? '—'} |`);
  }
  lines.push('', '### Touchpoints', '', '| touchpoint | coverage | journeys | map valence | observed |', '|---|---|---|---|---|');
  append(lines, result.touchpoints.map((metric) => touchpointCell(metric, result)));
  if (result.badRows > 0) lines.push('', `${result.badRows} bad rows skipped; first: ${result.errors.slice(0, 5).map(mdText).join('; ')}`);
  lines.push('', `Settings: ${settingsLine(result)}`);
  return `${lines.join('\n')}\n`;
}

export function dataCheckText(result: DataCheckResult): string {
  const lines = [summaryLine(result), countsLine(result.findings)];
  for (const finding of result.findings) lines.push(`${finding.severity.toUpperCase().padEnd(7)} ${finding.rule}: ${finding.message} (${finding.itemIds.join(', ')})`);
  const open = result.mapping.filter((entry) => entry.status === 'suggested' || entry.status === 'ambiguous');
  if (open.length > 0) lines.push(`${open.length} suggested or ambiguous mappings to confirm (see --format json, "mapping")`);
  if (result.badRows > 0) lines.push(`${result.badRows} bad rows skipped; first: ${result.errors.slice(0, 3).join('; ')}`);
  lines.push(`settings: ${settingsLine(result)}`);
  return `${lines.join('\n')}\n`;
}

export async function dataCheckCsv(result: DataCheckResult): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const stageName = new Map(result.stages.map((stage) => [stage.id, stage.name]));
  const hide = result.settings.suppressN;
  const rows = result.touchpoints.map((metric) => {
    const small = metric.instances < hide;
    const observed = metric.observed !== null && metric.observed.n >= hide ? metric.observed : null;
    const words = metric.words !== null && metric.words.n >= hide ? metric.words : null;
    return [stageName.get(metric.stageId) ?? '', metric.text, metric.id, nLabel(metric.instances, result), small ? '' : metric.coverage, nLabel(metric.events, result), small ? '' : (metric.channels[0]?.channel ?? ''), metric.assumed ?? '', observed?.mean ?? '', observed?.low ?? '', observed?.high ?? '', observed?.n ?? '', words?.mean ?? '', words?.n ?? ''];
  });
  const fields = ['stage', 'touchpoint', 'id', 'journeys', 'coverage', 'events', 'main_channel', 'map_valence', 'observed_mean', 'observed_low', 'observed_high', 'observed_n', 'words_mean', 'words_n'];
  return `${Papa.unparse({ fields, data: rows }, { newline: '\n', escapeFormulae: true })}\n`;
}
