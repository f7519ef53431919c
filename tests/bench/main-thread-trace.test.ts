import { describe, expect, it } from 'vitest';
import { longestMainThreadTasks } from '../../bench/main-thread-trace.ts';

const thread = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
const task = (pid: number, tid: number, dur: number, tdur: number) => ({ name: 'RunTask', ph: 'X', pid, tid, ts: 1, dur, tdur, args: {} });
const trace = (events: object[]) => JSON.stringify({ traceEvents: events });

describe('the longest main-thread task of a Chromium trace', () => {
  it('takes the longest wall time and the most CPU time of the renderer main threads only', () => {
    const text = trace([
      thread(1, 10, 'CrRendererMain'),
      thread(1, 11, 'DedicatedWorker thread'),
      thread(2, 20, 'CrBrowserMain'),
      task(1, 10, 40_000, 9_000),
      task(1, 10, 12_000, 11_500),
      task(1, 11, 900_000, 900_000),
      task(2, 20, 500_000, 500_000),
      { name: 'Layout', ph: 'X', pid: 1, tid: 10, dur: 80_000, tdur: 80_000 },
    ]);
    expect(longestMainThreadTasks(text)).toEqual({ wallMs: 40, cpuMs: 11.5 });
  });

  it('is zero when the main thread ran no task', () => {
    expect(longestMainThreadTasks(trace([thread(1, 10, 'CrRendererMain'), task(1, 11, 5_000, 5_000)]))).toEqual({ wallMs: 0, cpuMs: 0 });
  });

  it('refuses what is not a trace, saying why', () => {
    expect(() => longestMainThreadTasks('{"traceEvents": [')).toThrow('unreadable Chromium trace: not JSON');
    expect(() => longestMainThreadTasks('{"traceEvents": [{"name": 3}]}')).toThrow('unreadable Chromium trace: traceEvents.0.name: Invalid input: expected string, received number');
  });
});
