// The data check over pre-aggregated CSVs: the same mapping, metrics and
// findings as over a log, as far as aggregates allow (see aggregated-input.ts).
import { aggregatesFrom } from './aggregated-input.ts';
import type { DataCheckResult } from './data-check.ts';
import type { DataMap } from './data-map.ts';
import type { DataCheckSettings } from './defaults.ts';
import { dataFindings } from './findings.ts';
import { mapActivities, touchpointIndexOf, type SavedMapping } from './matching.ts';
import { hiddenTouchpoints, stageMetrics, touchpointMetrics } from './metrics.ts';
import { ALL_ACTIVITIES, type ActivityAggregate, type FollowAggregate } from './preaggregate.ts';
import { round } from './stats.ts';

export interface AggregatedCheckInput {
  map: DataMap;
  activities: readonly ActivityAggregate[];
  follows: readonly FollowAggregate[];
  saved: SavedMapping;
  settings: DataCheckSettings;
  source: string;
}

export function runAggregatedCheck(input: AggregatedCheckInput): DataCheckResult {
  const { map, settings } = input;
  const names = input.activities.map((row) => row.activity).filter((name) => name !== ALL_ACTIVITIES);
  const mapping = mapActivities(
    names.map((name) => ({ name, channel: null })),
    { map, saved: input.saved, settings },
  );
  const touchpointOf = touchpointIndexOf(mapping, { activities: names, map });
  const stageOf = Int32Array.from(map.touchpoints, (point) => point.stage);
  const totals = aggregatesFrom(input, { names, touchpointOf, stageOf, stages: map.stages.length });
  const mappingCoverage = totals.events === 0 ? 0 : round(totals.mappedEvents / totals.events, 4);
  const touchpoints = touchpointMetrics({ map, totals, channels: [] });
  // Conversion between stages needs single journeys: none from aggregates.
  const stages = stageMetrics({ map, totals, observable: map.stages.map(() => false) });
  const hidden = hiddenTouchpoints({ map, totals, activities: names, touchpointOf, settings });
  const findings = dataFindings({ map, settings, mappingCoverage, touchpoints, stages, hidden, deviations: [] });
  return {
    source: input.source,
    settings,
    window: { days: settings.windowDays, from: null, to: null, naiveTimesReadAsUtc: false },
    segment: null,
    score: null,
    rows: input.activities.length,
    badRows: 0,
    errors: [],
    instances: totals.instances,
    events: totals.events,
    mappingCoverage,
    mapping,
    touchpoints,
    stages,
    hidden,
    deviations: [],
    findings,
    rateAs: [],
  };
}
