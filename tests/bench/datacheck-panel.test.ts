import { describe, expect, it } from 'vitest';
import { dataCheckPanelSection, type PanelCheckRun, type PanelFigures } from '../../bench/datacheck-panel.ts';

const run = (longestTaskMs: number, wallMs: number): PanelCheckRun => ({ ms: 3_400, longestTaskMs, traced: { wallMs, cpuMs: 13 }, progressValues: 50, findingsShown: 12 });

const figures = (runs: PanelCheckRun[]): PanelFigures => ({
  events: 1_000_000,
  megabytes: 51.01,
  runs,
  cancel: { cancelMs: 6.2, readShare: 0.349, longestTaskMs: 0, usable: true, tabSwitchMs: 380 },
});

const goalLine = (text: string) => text.split('\n').find((line) => line.includes('longest main-thread task meanwhile')) ?? '';

describe('the panel data-check section of the bench', () => {
  it('judges the longest main-thread task on the median run and lists every run', () => {
    const text = dataCheckPanelSection({ ok: true, value: figures([run(102, 102), run(0, 19), run(0, 18)]) });
    expect(goalLine(text)).toMatch(/median of 3 runs .*0 ms \(runs: 102, 0, 0\)\s+≤ 50 ms\s+✓$/);
    expect(text).toContain('102 / 13 ms, 19 / 13 ms, 18 / 13 ms');
    expect(text).toMatch(/Cancel at 35% → "Cancelled."\s+6 ms, longest task 0 ms/);
    expect(text).toMatch(/"Check" enabled, Gaps tab opens\s+yes \(tab in 380 ms\)/);
  });

  it('marks the goal missed when the median run has a task over 50 ms', () => {
    expect(goalLine(dataCheckPanelSection({ ok: true, value: figures([run(60, 60), run(70, 70), run(0, 20)]) }))).toMatch(/60 ms \(runs: 60, 70, 0\)\s+≤ 50 ms\s+✗$/);
  });

  it('says why there is no figure', () => {
    expect(dataCheckPanelSection({ ok: false, reason: 'no Chromium' })).toContain('not available yet  no Chromium');
  });
});
