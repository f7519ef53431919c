// The data check from pre-aggregated CSVs (the warehouse SQL's output):
// `activity,cases,events[,mean,n,sd]` with the totals in the row `*`, and
// optionally `from,to,cases`. Without single events some metrics can only be
// bounded: a touchpoint owning several activities gets the largest one's
// instances (a lower bound), so does a stage; step conversion, order and time
// between stages need events and are left out; scores are left out too (their
// scale cannot be told from means).
import Papa from 'papaparse';
import type { Aggregates } from './aggregate.ts';
import { headerKey } from './columns.ts';
import { ALL_ACTIVITIES, type ActivityAggregate, type FollowAggregate } from './preaggregate.ts';

export type AggregatedRead = { ok: true; activities: ActivityAggregate[]; follows: FollowAggregate[] } | { ok: false; error: string };

const count = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** Whether a header row is the activities CSV. */
export function isAggregatedHeader(cells: readonly string[]): boolean {
  const keys = cells.map(headerKey);
  return ['activity', 'cases', 'events'].every((key) => keys.includes(key)) && !keys.some((key) => ['timestamp', 'time', 'event_time'].includes(key));
}

function rowsOf(text: string): { keys: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  return { keys: header.map(headerKey), rows };
}

export function readAggregated({ activities, follows }: { activities: string; follows?: string }): AggregatedRead {
  const table = rowsOf(activities);
  const at = (name: string) => table.keys.indexOf(name);
  const read: ActivityAggregate[] = [];
  for (const [index, row] of table.rows.entries()) {
    const cases = count(row[at('cases')]);
    const events = count(row[at('events')]);
    const activity = row[at('activity')]?.trim() ?? '';
    if (activity === '' || Number.isNaN(cases) || Number.isNaN(events)) return { ok: false, error: `row ${index + 2}: expected an activity and whole numbers of cases and events` };
    read.push({ activity, cases, events, mean: null, n: 0, sd: null });
  }
  if (!read.some((row) => row.activity === ALL_ACTIVITIES)) return { ok: false, error: `no "${ALL_ACTIVITIES}" row with the totals (all journey instances and events)` };
  const steps: FollowAggregate[] = [];
  if (follows !== undefined) {
    const pairs = rowsOf(follows);
    for (const [index, row] of pairs.rows.entries()) {
      const cases = count(row[pairs.keys.indexOf('cases')]);
      const from = row[pairs.keys.indexOf('from')]?.trim() ?? '';
      const to = row[pairs.keys.indexOf('to')]?.trim() ?? '';
      if (from === '' || to === '' || Number.isNaN(cases)) return { ok: false, error: `follows row ${index + 2}: expected from, to and a whole number of cases` };
      steps.push({ from, to, cases });
    }
  }
  return { ok: true, activities: read, follows: steps };
}

/** Counters as `aggregate` would give them, as far as aggregates allow. */
export function aggregatesFrom(read: { activities: readonly ActivityAggregate[]; follows: readonly FollowAggregate[] }, { names, touchpointOf, stageOf, stages }: { names: readonly string[]; touchpointOf: Int32Array; stageOf: Int32Array; stages: number }): Aggregates {
  const points = stageOf.length;
  const byName = new Map(read.activities.map((row) => [row.activity, row]));
  const totals = byName.get(ALL_ACTIVITIES);
  const result: Aggregates = {
    instances: totals?.cases ?? 0,
    events: totals?.events ?? 0,
    mappedEvents: 0,
    touchpointInstances: new Int32Array(points),
    touchpointEvents: new Int32Array(points),
    touchpointChannels: new Int32Array(points),
    activityInstances: Int32Array.from(names, (name) => byName.get(name)?.cases ?? 0),
    activityAfter: new Map(),
    stageInstances: new Int32Array(stages),
    stepBoth: new Int32Array(Math.max(0, stages - 1)),
    stepHours: [],
    pairBoth: new Int32Array(points * points),
    pairInverted: new Int32Array(points * points),
    survey: new Float64Array(points * 3),
    words: new Float64Array(points * 3),
  };
  names.forEach((name, activity) => {
    const point = touchpointOf[activity]!;
    const row = byName.get(name);
    if (point < 0 || row === undefined) return;
    result.mappedEvents += row.events;
    result.touchpointEvents[point]! += row.events;
    result.touchpointInstances[point] = Math.max(result.touchpointInstances[point]!, row.cases);
    const stage = stageOf[point]!;
    result.stageInstances[stage] = Math.max(result.stageInstances[stage]!, row.cases);
  });
  const index = new Map(names.map((name, at) => [name, at]));
  for (const step of read.follows) {
    const from = touchpointOf[index.get(step.from) ?? -1] ?? -1;
    const to = index.get(step.to);
    if (from < 0 || to === undefined || touchpointOf[to]! >= 0) continue;
    let after = result.activityAfter.get(to);
    if (after === undefined) result.activityAfter.set(to, (after = new Int32Array(points)));
    after[from]! += step.cases;
  }
  return result;
}
