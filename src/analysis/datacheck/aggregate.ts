// One pass over the journey instances, counting what the metrics need: per
// touchpoint, stage and activity, which instances saw it; pairs of touchpoints
// in and out of order; time between stages; scores. Counters only: the
// instances themselves are never kept.
import type { EventTable } from './event-table.ts';
import { forEachInstance, type Instance } from './journeys.ts';

export interface AggregateInput {
  table: EventTable;
  /** Activity index → touchpoint index, -1 when unmapped. */
  touchpointOf: Int32Array;
  /** Touchpoint index → stage index. */
  stageOf: Int32Array;
  stages: number;
  windowDays: number;
  simultaneitySeconds: number;
  /** Only the events of this segment index count; undefined: all. */
  segment?: number;
}

export interface Aggregates {
  instances: number;
  events: number;
  mappedEvents: number;
  touchpointInstances: Int32Array;
  touchpointEvents: Int32Array;
  /** touchpoint × channel event counts (channel index from the table). */
  touchpointChannels: Int32Array;
  activityInstances: Int32Array;
  /** activity × touchpoint: how often the activity's first event follows that touchpoint. */
  activityAfter: Map<number, Int32Array>;
  stageInstances: Int32Array;
  /** Instances reaching stage i and stage i + 1. */
  stepBoth: Int32Array;
  /** Per step, the hours from the first event in stage i to the first in stage i + 1. */
  stepHours: number[][];
  /** touchpoint a × b: instances with both; instances where b's first event came clearly before a's. */
  pairBoth: Int32Array;
  pairInverted: Int32Array;
  /** Per touchpoint: instance-mean survey scores (sum, sum of squares, n), then the same for customers' words. */
  survey: Float64Array;
  words: Float64Array;
}

interface Scratch {
  firstTime: Float64Array;
  stageFirst: Float64Array;
  activityStamp: Int32Array;
  scoreSum: Float64Array;
  scoreN: Int32Array;
  wordSum: Float64Array;
  wordN: Int32Array;
  hit: number[];
}

function emptyAggregates(input: AggregateInput): Aggregates {
  const points = input.stageOf.length;
  const { activities, channels } = input.table;
  return {
    instances: 0,
    events: 0,
    mappedEvents: 0,
    touchpointInstances: new Int32Array(points),
    touchpointEvents: new Int32Array(points),
    touchpointChannels: new Int32Array(points * Math.max(1, channels.length)),
    activityInstances: new Int32Array(activities.length),
    activityAfter: new Map(),
    stageInstances: new Int32Array(input.stages),
    stepBoth: new Int32Array(Math.max(0, input.stages - 1)),
    stepHours: Array.from({ length: Math.max(0, input.stages - 1) }, () => []),
    pairBoth: new Int32Array(points * points),
    pairInverted: new Int32Array(points * points),
    survey: new Float64Array(points * 3),
    words: new Float64Array(points * 3),
  };
}

export function aggregate(input: AggregateInput): Aggregates {
  const result = emptyAggregates(input);
  const points = input.stageOf.length;
  const scratch: Scratch = {
    firstTime: new Float64Array(points).fill(Number.NaN),
    stageFirst: new Float64Array(input.stages).fill(Number.NaN),
    activityStamp: new Int32Array(input.table.activities.length).fill(-1),
    scoreSum: new Float64Array(points),
    scoreN: new Int32Array(points),
    wordSum: new Float64Array(points),
    wordN: new Int32Array(points),
    hit: [],
  };
  forEachInstance(input.table, {
    windowDays: input.windowDays,
    visit: (instance, order) => visitInstance({ instance, order, input, result, scratch }),
  });
  return result;
}

interface Visit {
  instance: Instance;
  order: Int32Array;
  input: AggregateInput;
  result: Aggregates;
  scratch: Scratch;
}

function visitInstance(visit: Visit): void {
  const { instance, order, input, result, scratch } = visit;
  const { table, touchpointOf, stageOf } = input;
  const id = result.instances;
  let counted = false;
  let lastPoint = -1;
  for (let at = instance.from; at < instance.to; at++) {
    const event = order[at]!;
    if (input.segment !== undefined && table.segmentOf[event] !== input.segment) continue;
    counted = true;
    result.events++;
    const activity = table.activityOf[event]!;
    const point = touchpointOf[activity]!;
    const time = table.time[event]!;
    if (scratch.activityStamp[activity] !== id) {
      scratch.activityStamp[activity] = id;
      result.activityInstances[activity]!++;
      if (point < 0) countAfter({ result, activity, lastPoint, points: stageOf.length });
    }
    if (point < 0) continue;
    lastPoint = point;
    recordTouchpoint({ visit, event, point, time });
  }
  if (!counted) return;
  result.instances++;
  closeInstance(visit);
}

function countAfter({ result, activity, lastPoint, points }: { result: Aggregates; activity: number; lastPoint: number; points: number }): void {
  if (lastPoint < 0) return;
  let after = result.activityAfter.get(activity);
  if (after === undefined) result.activityAfter.set(activity, (after = new Int32Array(points)));
  after[lastPoint]!++;
}

function recordTouchpoint({ visit, event, point, time }: { visit: Visit; event: number; point: number; time: number }): void {
  const { input, result, scratch } = visit;
  const { table, stageOf } = input;
  result.mappedEvents++;
  result.touchpointEvents[point]!++;
  const channel = table.channelOf[event]!;
  if (channel >= 0) result.touchpointChannels[point * table.channels.length + channel]!++;
  if (Number.isNaN(scratch.firstTime[point]!)) {
    scratch.firstTime[point] = time;
    scratch.hit.push(point);
  }
  const stage = stageOf[point]!;
  if (Number.isNaN(scratch.stageFirst[stage]!)) scratch.stageFirst[stage] = time;
  const score = surveyScore(visit, event);
  if (!Number.isNaN(score)) {
    scratch.scoreSum[point]! += score;
    scratch.scoreN[point]!++;
  }
  const words = table.textScore[event]!;
  if (!Number.isNaN(words)) {
    scratch.wordSum[point]! += words;
    scratch.wordN[point]!++;
  }
}

/** Converted scores are set on the table before aggregation (`convertScores`); labels are converted already. */
function surveyScore({ input }: Visit, event: number): number {
  const raw = input.table.rawScore[event]!;
  return Number.isNaN(raw) ? input.table.labelScore[event]! : raw;
}

function closeInstance({ input, result, scratch }: Visit): void {
  const points = input.stageOf.length;
  const tie = input.simultaneitySeconds * 1000;
  for (const a of scratch.hit) {
    result.touchpointInstances[a]!++;
    for (const b of scratch.hit) {
      if (a === b) continue;
      result.pairBoth[a * points + b]!++;
      if (scratch.firstTime[b]! < scratch.firstTime[a]! - tie) result.pairInverted[a * points + b]!++;
    }
    addMean(result.survey, { point: a, sum: scratch.scoreSum[a]!, n: scratch.scoreN[a]! });
    addMean(result.words, { point: a, sum: scratch.wordSum[a]!, n: scratch.wordN[a]! });
  }
  // Reset only after every pair has been compared.
  for (const a of scratch.hit) {
    scratch.firstTime[a] = Number.NaN;
    scratch.scoreSum[a] = 0;
    scratch.scoreN[a] = 0;
    scratch.wordSum[a] = 0;
    scratch.wordN[a] = 0;
  }
  scratch.hit.length = 0;
  const first = scratch.stageFirst;
  for (let stage = 0; stage < input.stages; stage++) {
    if (Number.isNaN(first[stage]!)) continue;
    result.stageInstances[stage]!++;
    const next = first[stage + 1];
    if (next !== undefined && !Number.isNaN(next)) {
      result.stepBoth[stage]!++;
      result.stepHours[stage]?.push((next - first[stage]!) / 3_600_000);
    }
  }
  first.fill(Number.NaN);
}

function addMean(target: Float64Array, { point, sum, n }: { point: number; sum: number; n: number }): void {
  if (n === 0) return;
  const mean = sum / n;
  target[point * 3]! += mean;
  target[point * 3 + 1]! += mean * mean;
  target[point * 3 + 2]!++;
}
