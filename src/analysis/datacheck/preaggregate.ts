// The pre-aggregated form of an event log, as the warehouse SQL of
// docs/data-check.md computes it: per activity the journey instances with it,
// its events and its raw score (mean, n, sample standard deviation); per pair
// of directly following activities the instances with that step. The row
// `*` holds the totals. The DuckDB test requires the SQL to give exactly this.
import type { EventTable } from './event-table.ts';
import { forEachInstance } from './journeys.ts';

export const ALL_ACTIVITIES = '*';

export interface ActivityAggregate {
  activity: string;
  cases: number;
  events: number;
  mean: number | null;
  n: number;
  sd: number | null;
}

export interface FollowAggregate {
  from: string;
  to: string;
  cases: number;
}

export interface Preaggregated {
  activities: ActivityAggregate[];
  follows: FollowAggregate[];
}

interface Sums {
  cases: number;
  events: number;
  sum: number;
  squares: number;
  n: number;
}

function aggregateOf(activity: string, sums: Sums): ActivityAggregate {
  const mean = sums.n === 0 ? null : sums.sum / sums.n;
  const sd = sums.n < 2 || mean === null ? null : Math.sqrt(Math.max(0, (sums.squares - sums.n * mean * mean) / (sums.n - 1)));
  return { activity, cases: sums.cases, events: sums.events, mean, n: sums.n, sd };
}

/** Raw scores (as in the file, not yet on −2 … +2): read the log afresh for this. */
export function preaggregate(table: EventTable, { windowDays }: { windowDays: number }): Preaggregated {
  const count = table.activities.length;
  const sums: Sums[] = Array.from({ length: count + 1 }, () => ({ cases: 0, events: 0, sum: 0, squares: 0, n: 0 }));
  const follows = new Map<number, { cases: number; stamp: number }>();
  const stamp = new Int32Array(count).fill(-1);
  const total = sums[count]!;
  let instance = 0;
  forEachInstance(table, {
    windowDays,
    visit: ({ from, to }, order) => {
      total.cases++;
      for (let at = from; at < to; at++) {
        const event = order[at]!;
        const activity = table.activityOf[event]!;
        const entry = sums[activity]!;
        for (const target of [entry, total]) {
          target.events++;
          const score = table.rawScore[event]!;
          if (Number.isNaN(score)) continue;
          target.sum += score;
          target.squares += score * score;
          target.n++;
        }
        if (stamp[activity] !== instance) {
          stamp[activity] = instance;
          entry.cases++;
        }
        if (at + 1 < to) {
          const key = activity * count + table.activityOf[order[at + 1]!]!;
          const pair = follows.get(key) ?? { cases: 0, stamp: -1 };
          if (pair.stamp !== instance) {
            pair.stamp = instance;
            pair.cases++;
          }
          follows.set(key, pair);
        }
      }
      instance++;
    },
  });
  return {
    activities: [aggregateOf(ALL_ACTIVITIES, total), ...table.activities.map((name, index) => aggregateOf(name, sums[index]!))],
    follows: [...follows].map(([key, pair]) => ({ from: table.activities[Math.floor(key / count)] ?? '', to: table.activities[key % count] ?? '', cases: pair.cases })),
  };
}
