// The data check's findings (group "Tested against data"): stable rule ids,
// severities and sample-size rules of docs/data-check.md. No finding rests on
// fewer than `minN` journey instances.
import type { Severity } from '../types.ts';
import type { DataMap } from './data-map.ts';
import type { DataCheckSettings } from './defaults.ts';
import type { HiddenTouchpoint, ObservedValence, OrderDeviation, StageMetric, TouchpointMetric } from './metrics.ts';

export const DATA_RULE_IDS = ['low-mapping-coverage', 'channel-mismatch', 'touchpoint-not-in-data', 'hidden-touchpoint', 'order-deviation', 'stage-drop-off', 'valence-mismatch'] as const;
export type DataRuleId = (typeof DATA_RULE_IDS)[number];

export const DATA_GROUP = 'Tested against data';

export interface DataFinding {
  rule: DataRuleId;
  severity: Severity;
  message: string;
  stageId?: string;
  itemIds: string[];
}

export interface FindingInput {
  map: DataMap;
  settings: DataCheckSettings;
  mappingCoverage: number;
  touchpoints: TouchpointMetric[];
  stages: StageMetric[];
  hidden: HiddenTouchpoint[];
  deviations: OrderDeviation[];
}

const OFFLINE = /\b(in[ -]?person|store|shop|branch|phone|call|post|mail|letter|print|event|face|visit|counter|field)\b/i;
const pct = (share: number) => `${Math.round(share * 100)}%`;
const signed = (value: number) => (value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1).replace('-', '−'));

function textOf(input: FindingInput, id: string | null): string {
  return input.map.touchpoints.find((point) => point.id === id)?.text ?? '?';
}

function coverageFindings(input: FindingInput): DataFinding[] {
  const { settings, map } = input;
  const findings: DataFinding[] = [];
  if (input.mappingCoverage < settings.lowMappingCoverage) {
    findings.push({ rule: 'low-mapping-coverage', severity: 'warning', message: `Only ${pct(input.mappingCoverage)} of events map to a touchpoint (below ${pct(settings.lowMappingCoverage)}): tag stickies with "event: <name>" or confirm suggestions`, itemIds: [map.frameId] });
  }
  input.touchpoints.forEach((metric, index) => {
    const point = map.touchpoints[index]!;
    const main = metric.channels.find((entry) => entry.channel === point.channel);
    if (point.channel !== null && metric.channels.length > 0 && metric.instances >= settings.minN && (main?.share ?? 0) < settings.channelShare) {
      findings.push({ rule: 'channel-mismatch', severity: 'info', message: `"${point.text}" is tagged ${point.channel}, which carries ${pct(main?.share ?? 0)} of its events; most come by ${metric.channels[0]?.channel}`, stageId: metric.stageId, itemIds: [point.id] });
    }
    if (!point.untracked && metric.coverage < settings.unseenCoverage) {
      const severity: Severity = point.channel !== null && OFFLINE.test(point.channel) ? 'info' : 'warning';
      const seen = metric.events === 0 ? 'no event in the log maps to it' : `seen in ${pct(metric.coverage)} of journeys`;
      findings.push({ rule: 'touchpoint-not-in-data', severity, message: `"${point.text}": ${seen} (tag "data: untracked" if it happens offline)`, stageId: metric.stageId, itemIds: [point.id] });
    }
  });
  return findings;
}

function journeyFindings(input: FindingInput): DataFinding[] {
  const { settings } = input;
  const findings: DataFinding[] = input.hidden.map((entry) => ({
    rule: 'hidden-touchpoint',
    severity: 'warning',
    message: `"${entry.activity}" happens in ${pct(entry.coverage)} of journeys and is not on the map${entry.afterId === null ? '' : `; usually after "${textOf(input, entry.afterId)}"`}`,
    ...(entry.stageId === null ? {} : { stageId: entry.stageId }),
    itemIds: entry.afterId === null ? [input.map.frameId] : [entry.afterId],
  }));
  for (const deviation of input.deviations) {
    if (deviation.share < settings.deviationShare || deviation.both < settings.minN) continue;
    findings.push({ rule: 'order-deviation', severity: 'warning', message: `In ${pct(deviation.share)} of ${deviation.both} journeys "${textOf(input, deviation.thenId)}" comes before "${textOf(input, deviation.firstId)}"`, itemIds: [deviation.firstId, deviation.thenId] });
  }
  return [...findings, ...dropFindings(input)];
}

function dropFindings({ stages, settings }: FindingInput): DataFinding[] {
  const findings: DataFinding[] = [];
  let largest: { stage: StageMetric; next: StageMetric; drop: number } | null = null;
  for (const [index, stage] of stages.entries()) {
    const next = stages[index + 1];
    if (stage.step === null || next === undefined || stage.step.n < settings.minN) continue;
    const drop = 1 - stage.step.rate;
    const message = `Only ${pct(stage.step.rate)} of journeys that reach "${stage.name}" go on to "${next.name}" (95% interval ${pct(stage.step.low)}–${pct(stage.step.high)}, n=${stage.step.n})`;
    if (stage.step.rate < settings.dropWarning) {
      findings.push({ rule: 'stage-drop-off', severity: stage.step.rate < settings.dropError ? 'error' : 'warning', message, stageId: next.id, itemIds: [next.id] });
    } else if (largest === null || drop > largest.drop) largest = { stage, next, drop };
  }
  if (findings.length === 0 && largest !== null) {
    const { stage, next, drop } = largest;
    findings.push({ rule: 'stage-drop-off', severity: 'info', message: `The largest drop: ${pct(drop)} of journeys that reach "${stage.name}" do not go on to "${next.name}"`, stageId: next.id, itemIds: [next.id] });
  }
  return findings;
}

function mismatch({ metric, observed, basis, settings }: { metric: TouchpointMetric; observed: ObservedValence | null; basis: string; settings: DataCheckSettings }): DataFinding | null {
  const assumed = metric.assumed;
  if (assumed === null || observed === null || observed.n < settings.minN) return null;
  if (Math.abs(observed.mean - assumed) < settings.valenceGap || (observed.low <= assumed && assumed <= observed.high)) return null;
  const severity: Severity = assumed >= 1 && observed.mean <= -1 ? 'error' : 'warning';
  return { rule: 'valence-mismatch', severity, message: `"${metric.text}": the map says ${signed(assumed)}, ${basis} say ${signed(observed.mean)} (95% interval ${signed(observed.low)} to ${signed(observed.high)}, n=${observed.n})`, stageId: metric.stageId, itemIds: [metric.id] };
}

function valenceFindings({ touchpoints, settings }: FindingInput): DataFinding[] {
  return touchpoints.flatMap((metric) => [mismatch({ metric, observed: metric.observed, basis: 'survey scores', settings }), mismatch({ metric, observed: metric.words, basis: "customers' words", settings })].filter((finding) => finding !== null));
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function dataFindings(input: FindingInput): DataFinding[] {
  const findings = [...coverageFindings(input), ...journeyFindings(input), ...valenceFindings(input)];
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index).map(({ finding }) => finding);
}
