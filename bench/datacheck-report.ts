// The data-check rows of `npm run bench`, each figure beside its goal.
import type { DataCheckFigures } from './datacheck.ts';
import type { Outcome } from './report.ts';
import { formatSection, goalRow, NOT_AVAILABLE } from './table.ts';

export const DATA_CHECK_GOALS = { wallMs1M: 5000, rssMb1M: 1024, ratio: 12, frameRoundTrips: 8 } as const;

export function dataCheckSection(outcome: Outcome<DataCheckFigures>): string {
  const title = 'Data check, command line: CSV log, 40 activities, fresh node process (wall includes start-up)';
  if (!outcome.ok) return formatSection(title, [{ figure: NOT_AVAILABLE, measured: outcome.reason }]);
  const rows = outcome.value.runs.flatMap((run) => {
    const label = `${run.events.toLocaleString('en-US')} events`;
    const million = run.events === 1_000_000;
    return [
      million ? goalRow(`${label}: wall`, { value: run.wallMs, max: DATA_CHECK_GOALS.wallMs1M, unit: ' ms', digits: 0 }) : { figure: `${label}: wall`, measured: `${Math.round(run.wallMs)} ms` },
      { figure: `${label}: CPU`, measured: `${Math.round(run.cpuMs)} ms` },
      million ? goalRow(`${label}: peak resident`, { value: run.maxRssMb, max: DATA_CHECK_GOALS.rssMb1M, unit: ' MB', digits: 0 }) : { figure: `${label}: peak resident`, measured: `${Math.round(run.maxRssMb)} MB` },
    ];
  });
  const { frame } = outcome.value;
  return formatSection(title, [
    ...rows,
    goalRow('wall 1M / wall 100k', { value: outcome.value.ratio, max: DATA_CHECK_GOALS.ratio, digits: 2 }),
    goalRow('data-check frame, 60-touchpoint map: round trips to write', { value: frame.write, max: DATA_CHECK_GOALS.frameRoundTrips, digits: 0 }),
    { figure: 'data-check frame: round trips to clear, SDK calls in all', measured: `${frame.clear}, ${frame.calls}` },
  ]);
}
