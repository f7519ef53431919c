// Events → journey instances: grouped by case (a counting sort, stable, so ties
// keep file order), sorted by time within a case, and cut wherever a gap is
// longer than the window. Instances are numbered, never named.
import type { EventTable } from './event-table.ts';

const DAY_MS = 86_400_000;

/** Event indices grouped by case, by time within a case; `starts[c]` is where case c begins. */
export function orderEvents(table: EventTable): { order: Int32Array; starts: Int32Array } {
  const counts = new Int32Array(table.cases + 1);
  for (let at = 0; at < table.length; at++) counts[(table.caseOf[at] ?? 0) + 1]!++;
  for (let c = 1; c <= table.cases; c++) counts[c]! += counts[c - 1]!;
  const starts = counts.slice();
  const next = counts.slice(0, table.cases);
  const order = new Int32Array(table.length);
  for (let at = 0; at < table.length; at++) order[next[table.caseOf[at]!]!++] = at;
  for (let c = 0; c < table.cases; c++) sortByTime(order, { from: starts[c]!, to: starts[c + 1]!, time: table.time });
  return { order, starts };
}

// Insertion sort: a case holds few events, mostly in order already; stable, so ties keep file order.
function sortByTime(order: Int32Array, { from, to, time }: { from: number; to: number; time: Float64Array }): void {
  for (let at = from + 1; at < to; at++) {
    const event = order[at]!;
    const t = time[event]!;
    let back = at - 1;
    while (back >= from && time[order[back]!]! > t) {
      order[back + 1] = order[back]!;
      back--;
    }
    order[back + 1] = event;
  }
}

/** One journey instance: `order[from … to)` are its events in time order. */
export interface Instance {
  from: number;
  to: number;
}

/** Calls `visit` for every instance, case by case; returns how many there were. */
export function forEachInstance(table: EventTable, { windowDays, visit }: { windowDays: number; visit: (instance: Instance, order: Int32Array) => void }): number {
  const { order, starts } = orderEvents(table);
  const window = windowDays * DAY_MS;
  let instances = 0;
  for (let c = 0; c < table.cases; c++) {
    const end = starts[c + 1]!;
    let from = starts[c]!;
    for (let at = from + 1; at <= end; at++) {
      if (at === end || table.time[order[at]!]! - table.time[order[at - 1]!]! > window) {
        visit({ from, to: at }, order);
        instances++;
        from = at;
      }
    }
  }
  return instances;
}
