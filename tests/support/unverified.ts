// Every combination of the in-memory board's answers to what docs/miro-board.md leaves
// unverified (src/board/memory/unverified.ts), so a suite runs under each:
//   for (const unverified of everyUnverified()) it(`… (${describeUnverified(unverified)})`, …)
import { SYNC_NOT_FOUND_TEXTS, type Unverified } from '../../src/board/memory/unverified.ts';

const ORDERS: Unverified['order'][] = ['insertion', { shuffleSeed: 7 }];

/** All 2 × 2 × 3 × 2 = 24 combinations. */
export function everyUnverified(): Unverified[] {
  const all: Unverified[] = [];
  for (const removeFrameRemovesChildren of [true, false]) {
    for (const order of ORDERS) {
      for (const syncNotFoundText of SYNC_NOT_FOUND_TEXTS) {
        for (const selectAdds of [false, true]) all.push({ removeFrameRemovesChildren, order, syncNotFoundText, selectAdds });
      }
    }
  }
  return all;
}

/** The 12 combinations the fault sweeps run under: `selectAdds` only changes select(), which no sweep calls. */
export function sweepUnverified(): Unverified[] {
  return everyUnverified().filter((entry) => !entry.selectAdds);
}

export function describeUnverified(unverified: Unverified): string {
  const order = unverified.order === 'insertion' ? 'insertion order' : `shuffled (seed ${unverified.order.shuffleSeed})`;
  return `remove(frame) ${unverified.removeFrameRemovesChildren ? 'takes' : 'spares'} children, ${order}, sync not-found "${unverified.syncNotFoundText}", select ${unverified.selectAdds ? 'adds' : 'replaces'}`;
}

/** Each value with each sweep combination, as `it.each` rows: [value, description, unverified]. */
export function withUnverified<T>(values: readonly T[]): [T, string, Unverified][] {
  return values.flatMap((value) => sweepUnverified().map((unverified): [T, string, Unverified] => [value, describeUnverified(unverified), unverified]));
}
