// Step 3: counters → the metrics of the report (n = journey instances).
import type { Aggregates } from './aggregate.ts';
import type { DataMap } from './data-map.ts';
import type { DataCheckSettings } from './defaults.ts';
import { showValue } from './privacy.ts';
import { meanInterval, median, round, wilson } from './stats.ts';

export interface ObservedValence {
  mean: number;
  low: number;
  high: number;
  n: number;
}

export interface TouchpointMetric {
  id: string;
  stageId: string;
  text: string;
  instances: number;
  coverage: number;
  events: number;
  /** Event shares per channel, largest first. */
  channels: { channel: string; share: number }[];
  assumed: number | null;
  /** From survey scores. */
  observed: ObservedValence | null;
  /** From customers' words (feedback text), kept apart from survey scores. */
  words: ObservedValence | null;
}

export interface StageMetric {
  id: string;
  name: string;
  instances: number;
  reach: number;
  /** To the next stage: instances reaching both over those reaching this one. Null for the last stage. */
  step: { rate: number; low: number; high: number; n: number; medianHours: number | null } | null;
}

export interface HiddenTouchpoint {
  activity: string;
  instances: number;
  coverage: number;
  /** The stage of the mapped touchpoint that most often precedes it; null when none does. */
  stageId: string | null;
  afterId: string | null;
}

export interface OrderDeviation {
  firstId: string;
  thenId: string;
  both: number;
  share: number;
}

function observed(sums: Float64Array, point: number): ObservedValence | null {
  const interval = meanInterval({ sum: sums[point * 3]!, sumSquares: sums[point * 3 + 1]!, n: sums[point * 3 + 2]! });
  return interval === null ? null : { mean: round(interval.mean), low: round(interval.low), high: round(interval.high), n: sums[point * 3 + 2]! };
}

export function touchpointMetrics({ map, totals, channels }: { map: DataMap; totals: Aggregates; channels: readonly string[] }): TouchpointMetric[] {
  return map.touchpoints.map((point, index) => {
    const events = totals.touchpointEvents[index]!;
    const mix = channels
      .map((channel, at) => ({ channel, share: events === 0 ? 0 : round(totals.touchpointChannels[index * channels.length + at]! / events) }))
      .filter((entry) => entry.share > 0)
      .sort((a, b) => b.share - a.share);
    const instances = totals.touchpointInstances[index]!;
    return {
      id: point.id,
      stageId: map.stages[point.stage]?.id ?? '',
      text: point.text,
      instances,
      coverage: totals.instances === 0 ? 0 : round(instances / totals.instances, 4),
      events,
      channels: mix,
      assumed: point.valence,
      observed: observed(totals.survey, index),
      words: observed(totals.words, index),
    };
  });
}

/** `observable[i]`: some event maps to a touchpoint of stage i; a step into a stage no event can reach has no conversion. */
export function stageMetrics({ map, totals, observable }: { map: DataMap; totals: Aggregates; observable: readonly boolean[] }): StageMetric[] {
  return map.stages.map((stage, index) => {
    const instances = totals.stageInstances[index]!;
    const last = index === map.stages.length - 1 || observable[index + 1] !== true;
    const both = totals.stepBoth[index] ?? 0;
    const [low, high] = wilson(both, instances);
    const hours = median(totals.stepHours[index] ?? []);
    return {
      id: stage.id,
      name: stage.name,
      instances,
      reach: totals.instances === 0 ? 0 : round(instances / totals.instances, 4),
      step: last ? null : { rate: instances === 0 ? 0 : round(both / instances, 4), low: round(low, 4), high: round(high, 4), n: instances, medianHours: hours === null ? null : round(hours, 2) },
    };
  });
}

export function hiddenTouchpoints({ map, totals, activities, touchpointOf, settings }: { map: DataMap; totals: Aggregates; activities: readonly string[]; touchpointOf: Int32Array; settings: DataCheckSettings }): HiddenTouchpoint[] {
  const hidden: HiddenTouchpoint[] = [];
  activities.forEach((activity, index) => {
    const instances = totals.activityInstances[index]!;
    if (touchpointOf[index]! >= 0 || instances < settings.hiddenMinInstances || instances < settings.hiddenCoverage * totals.instances) return;
    const after = totals.activityAfter.get(index);
    let best = -1;
    if (after !== undefined) for (let point = 0; point < after.length; point++) if (after[point]! > 0 && (best < 0 || after[point]! > after[best]!)) best = point;
    const point = best < 0 ? undefined : map.touchpoints[best];
    hidden.push({
      activity: showValue(activity),
      instances,
      coverage: round(instances / totals.instances, 4),
      stageId: point === undefined ? null : (map.stages[point.stage]?.id ?? null),
      afterId: point?.id ?? null,
    });
  });
  return hidden.sort((a, b) => b.instances - a.instances).slice(0, settings.hiddenMax);
}

/** Pairs A (stage i) → B (stage j > i), both with enough coverage, by share of instances where B came first. */
export function orderDeviations({ map, totals, settings }: { map: DataMap; totals: Aggregates; settings: DataCheckSettings }): OrderDeviation[] {
  const points = map.touchpoints.length;
  const common = (index: number) => totals.touchpointInstances[index]! >= settings.deviationCoverage * totals.instances && totals.touchpointInstances[index]! > 0;
  const deviations: OrderDeviation[] = [];
  for (let a = 0; a < points; a++) {
    for (let b = 0; b < points; b++) {
      const first = map.touchpoints[a]!;
      const then = map.touchpoints[b]!;
      if (then.stage <= first.stage || !common(a) || !common(b)) continue;
      const both = totals.pairBoth[a * points + b]!;
      if (both === 0) continue;
      deviations.push({ firstId: first.id, thenId: then.id, both, share: round(totals.pairInverted[a * points + b]! / both, 4) });
    }
  }
  return deviations.filter((entry) => entry.share > 0).sort((x, y) => y.share - x.share || y.both - x.both);
}
