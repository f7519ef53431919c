import { describe, expect, it } from 'vitest';
import { demoBigSection, type DemoFigures, type DemoRun } from '../../bench/demo-big.ts';

const step = (ms: number, longestTaskMs: number) => ({ ms, longestTaskMs, traced: { wallMs: longestTaskMs, cpuMs: 40 } });
const run = (checkMs: number, checkTaskMs: number): DemoRun => ({ load: step(1_500, 90), check: step(checkMs, checkTaskMs), findingsShown: 519 });
const figures = (runs: DemoRun[]): DemoFigures => ({ stickies: 60_000, megabytes: 17.0, loadAverage: 1.2, runs });
const line = (text: string, start: string) => text.split('\n').find((row) => row.includes(start)) ?? '';

describe('the demo section of the bench', () => {
  it('judges time and longest task on the median run, and lists every run', () => {
    const text = demoBigSection({ ok: true, value: figures([run(1_900, 120), run(2_600, 260), run(1_700, 80)]) });
    expect(line(text, 'gap check (click → "Checked"): time')).toMatch(/1,900 ms \(runs: 1,900, 2,600, 1,700\)\s+≤ 2000 ms\s+✓$/);
    expect(line(text, 'gap check (click → "Checked"): longest main-thread task')).toMatch(/120 ms \(runs: 120, 260, 80\)\s+≤ 200 ms\s+✓$/);
    expect(line(text, 'load (file chosen → "Loaded"): longest main-thread task')).toMatch(/90 ms .*✓$/);
    expect(text).toContain('120 / 40 ms, 260 / 40 ms, 80 / 40 ms');
    expect(line(text, 'snapshot size')).toContain('17.0 MB; 1.2');
  });

  it('marks a goal missed when the median run misses it', () => {
    const text = demoBigSection({ ok: true, value: figures([run(2_100, 250), run(2_600, 260), run(1_700, 80)]) });
    expect(line(text, 'gap check (click → "Checked"): time')).toMatch(/2,100 ms .*✗$/);
    expect(line(text, 'gap check (click → "Checked"): longest main-thread task')).toMatch(/250 ms .*✗$/);
  });

  it('says why there is no figure', () => {
    expect(demoBigSection({ ok: false, reason: 'no Chromium' })).toContain('no Chromium');
  });
});
