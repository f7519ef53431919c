// The data check end to end over a read log: scores onto the map's scale,
// events onto touchpoints, one aggregation pass, metrics, findings. Pure: the
// panel's worker and the command line both call this.
import { aggregate } from './aggregate.ts';
import type { DataMap } from './data-map.ts';
import type { DataCheckSettings } from './defaults.ts';
import type { EventTable } from './event-table.ts';
import { dataFindings, type DataFinding } from './findings.ts';
import type { LogRead } from './log-reader.ts';
import { mapActivities, touchpointIndexOf, type ActivityFacts, type MappingEntry, type SavedMapping } from './matching.ts';
import { hiddenTouchpoints, orderDeviations, stageMetrics, touchpointMetrics, type HiddenTouchpoint, type OrderDeviation, type StageMetric, type TouchpointMetric } from './metrics.ts';
import { convertScore, scaleOf, type ScoreScale } from './scores.ts';
import { round } from './stats.ts';

export interface DataCheckInput {
  map: DataMap;
  log: LogRead;
  saved: SavedMapping;
  settings: DataCheckSettings;
  /** What the log is called in the report (a file name; never a path with a user name in it). */
  source: string;
  /** The score column is an effort scale where a high number is worse. */
  highIsWorse?: boolean;
}

export interface DataCheckResult {
  source: string;
  settings: DataCheckSettings;
  window: { days: number; from: string | null; to: string | null; naiveTimesReadAsUtc: boolean };
  /** The persona's segment when the log's segment column names it; null: every event counts. */
  segment: string | null;
  score: { column: string; scale: ScoreScale } | null;
  rows: number;
  badRows: number;
  errors: string[];
  instances: number;
  events: number;
  mappingCoverage: number;
  mapping: MappingEntry[];
  touchpoints: TouchpointMetric[];
  stages: StageMetric[];
  hidden: HiddenTouchpoint[];
  deviations: OrderDeviation[];
  findings: DataFinding[];
  /** Unrated touchpoints with enough survey scores: "rate as X". */
  rateAs: { id: string; valence: number }[];
}

/** The table with its numeric scores on −2 … +2 (a copy: the read stays as read), and the scale used. */
function convertScores(log: LogRead, highIsWorse: boolean): { table: EventTable; scale: ScoreScale | null } {
  if (log.score === null) return { table: log.table, scale: null };
  const scale = scaleOf({ ...log.score, highIsWorse });
  const converted = log.table.rawScore.map((raw) => (Number.isNaN(raw) ? raw : convertScore(raw, { scale, highIsWorse })));
  return { table: { ...log.table, rawScore: converted }, scale };
}

/** Each activity's name and the channel most of its events carry. */
export function activityFacts(table: EventTable): ActivityFacts[] {
  const channels = table.channels.length;
  const counts = new Int32Array(table.activities.length * Math.max(1, channels));
  for (let at = 0; at < table.length; at++) {
    const channel = table.channelOf[at]!;
    if (channel >= 0) counts[table.activityOf[at]! * channels + channel]!++;
  }
  return table.activities.map((name, activity) => {
    let best = -1;
    for (let channel = 0; channel < channels; channel++) if (counts[activity * channels + channel]! > (best < 0 ? 0 : counts[activity * channels + best]!)) best = channel;
    return { name, channel: best < 0 ? null : (table.channels[best] ?? null) };
  });
}

function dateRange(table: EventTable): { from: string | null; to: string | null } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < table.length; at++) {
    const time = table.time[at]!;
    if (time < min) min = time;
    if (time > max) max = time;
  }
  const day = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null);
  return { from: day(min), to: day(max) };
}

function personaSegment(table: EventTable, persona: string): number | undefined {
  const wanted = persona.trim().toLowerCase();
  if (wanted === '') return undefined;
  const index = table.segments.findIndex((name) => name.trim().toLowerCase() === wanted);
  return index < 0 ? undefined : index;
}

export function runDataCheck(input: DataCheckInput): DataCheckResult {
  const { map, log, settings } = input;
  const { table, scale } = convertScores(log, input.highIsWorse ?? false);
  const mapping = mapActivities(activityFacts(table), { map, saved: input.saved, settings });
  const touchpointOf = touchpointIndexOf(mapping, { activities: table.activities, map });
  const stageOf = Int32Array.from(map.touchpoints, (point) => point.stage);
  const segment = personaSegment(table, map.persona);
  const totals = aggregate({ table, touchpointOf, stageOf, stages: map.stages.length, windowDays: settings.windowDays, simultaneitySeconds: settings.simultaneitySeconds, ...(segment === undefined ? {} : { segment }) });
  const mappingCoverage = totals.events === 0 ? 0 : round(totals.mappedEvents / totals.events, 4);
  const touchpoints = touchpointMetrics({ map, totals, channels: table.channels });
  const mappedStages = new Set(map.touchpoints.filter((point, index) => touchpointOf.includes(index)).map((point) => point.stage));
  const stages = stageMetrics({ map, totals, observable: map.stages.map((_, index) => mappedStages.has(index)) });
  const hidden = hiddenTouchpoints({ map, totals, activities: table.activities, touchpointOf, settings });
  const deviations = orderDeviations({ map, totals, settings });
  const findings = dataFindings({ map, settings, mappingCoverage, touchpoints, stages, hidden, deviations });
  const rateAs = touchpoints.flatMap((metric) => (metric.assumed === null && metric.observed !== null && metric.observed.n >= settings.minN ? [{ id: metric.id, valence: Math.max(-2, Math.min(2, Math.round(metric.observed.mean))) }] : []));
  return {
    source: input.source,
    settings,
    window: { days: settings.windowDays, ...dateRange(table), naiveTimesReadAsUtc: log.naiveTimes },
    segment: segment === undefined ? null : (table.segments[segment] ?? null),
    score: log.score === null || scale === null ? null : { column: log.score.name, scale },
    rows: log.rows,
    badRows: log.badRows,
    errors: log.errors,
    instances: totals.instances,
    events: totals.events,
    mappingCoverage,
    mapping,
    touchpoints,
    stages,
    hidden,
    deviations: deviations.slice(0, 10),
    findings,
    rateAs,
  };
}
