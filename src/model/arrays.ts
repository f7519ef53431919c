// Board-sized arrays: `Math.max(...values)` and `target.push(...items)` pass
// every element as an argument and overflow the stack past ~100,000 elements
// (150,000 texts did). These loop instead; lint forbids the spread forms.

/** The largest of `values`, or `floor` when that is larger (or `values` is empty). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values`, or `ceiling` when that is smaller (or `values` is empty). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}

/** Appends `items` to `target`, in order. */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
