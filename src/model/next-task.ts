// Board-sized work in the page: a 60,000-sticky board is seconds of reading,
// parsing and drawing. Done as one task, the page freezes for all of it; done
// in slices with a task boundary between them, the browser paints and handles
// input in between (docs/performance.md, "Demo page").

/**
 * Resolves in a later task, so the browser can paint and handle input between
 * the steps of a long job: each step is still one task, but the page is not
 * frozen for their sum.
 */
export function nextTask(): Promise<void> {
  // scheduler.yield (Chromium) resumes first among waiting tasks and is never
  // clamped; a chain of setTimeout(0) is clamped to 4 ms a step after five.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Items per slice: about 10 ms of copying or parsing each in Chromium on a quiet machine, so a slice stays short on a busy one. */
export const SLICE_ITEMS = 2000;

/**
 * `work` on each slice of `items`, in order, with a task boundary between
 * slices. A list of one slice or less runs at once, with no timer: small
 * boards (and tests on fake timers) never wait.
 */
export async function inSlices<T>(items: readonly T[], work: (slice: readonly T[], start: number) => void, size = SLICE_ITEMS): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await nextTask();
    work(items.slice(start, start + size), start);
  }
}
