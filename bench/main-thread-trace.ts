// The longest task of a page's main thread in a Chromium trace (category
// `disabled-by-default-devtools.timeline`): its wall time and its thread CPU
// time. On a shared machine a task's wall time includes the time the OS gave
// the thread to others; its CPU time is what the page itself spent.
import { describeIssues, z } from '../src/model/zod.ts';
import { maxOf } from '../src/model/arrays.ts';

export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline'];

const eventSchema = z.looseObject({
  name: z.string(),
  ph: z.optional(z.string()),
  pid: z.optional(z.number()),
  tid: z.optional(z.number()),
  dur: z.optional(z.number()),
  tdur: z.optional(z.number()),
  args: z.optional(z.looseObject({ name: z.optional(z.string()) })),
});

const traceSchema = z.looseObject({ traceEvents: z.array(eventSchema) });

export interface MainThreadTasks {
  /** The longest wall time of a main-thread task, ms. */
  wallMs: number;
  /** The most thread CPU time a main-thread task took, ms. */
  cpuMs: number;
}

/** Reads a trace's JSON text; every renderer main thread in it counts (the idle ones add nothing). */
export function longestMainThreadTasks(text: string): MainThreadTasks {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('unreadable Chromium trace: not JSON');
  }
  const parsed = z.safeParse(traceSchema, data);
  if (!parsed.success) throw new Error(`unreadable Chromium trace: ${describeIssues(parsed.error).join('; ')}`);
  const events = parsed.data.traceEvents;
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  return { wallMs: maxOf(tasks.map((task) => (task.dur ?? 0) / 1000), 0), cpuMs: maxOf(tasks.map((task) => (task.tdur ?? 0) / 1000), 0) };
}
