// Sequential round trips of writing the "Data check" frame beside a
// 60-touchpoint map, and of clearing it, counted by the board's clock.
import { runDataCheck } from '../src/analysis/datacheck/data-check.ts';
import { dataMapOf } from '../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../src/analysis/datacheck/defaults.ts';
import { DATA_CHECK_HINT_KEY, dataCheckFramePlan } from '../src/analysis/datacheck/frame-plan.ts';
import { parseLogText } from '../src/analysis/datacheck/parse.ts';
import { clearAnnex, writeAnnex } from '../src/board/annex.ts';
import { MemoryBoard } from '../src/board/memory/memory-board.ts';
import { layoutJourney } from '../src/layout/layout.ts';
import { LATENCY_MS } from './insert.ts';
import { generateJourney } from './journeys.ts';
import { snapshotFromPlan } from './plan-snapshot.ts';
import { roundClock } from './rounds.ts';

export async function dataCheckFrameRounds(): Promise<{ write: number; clear: number; calls: number }> {
  const journey = generateJourney({ kind: 'current-state', stages: 6, lanes: 5, notes: 60 });
  const snapshot = snapshotFromPlan(layoutJourney(journey));
  const map = dataMapOf({ journey, snapshot, frameId: 'frame-1' });
  const log = parseLogText(['case,activity,time', ...map.touchpoints.map((point, index) => `c${index % 7},${point.text},2026-01-0${1 + (index % 5)}`)].join('\n'));
  const result = runDataCheck({ map, log, saved: {}, settings: DATA_CHECK_DEFAULTS, source: 'bench.csv' });
  const clock = roundClock(LATENCY_MS);
  const board = MemoryBoard.fromSnapshot(snapshot, { latencyMs: LATENCY_MS, clock });
  const options = { mapFrameId: 'frame-1', hintKey: DATA_CHECK_HINT_KEY };
  await writeAnnex(board, dataCheckFramePlan(result, map), { ...options, clock });
  const write = clock.rounds;
  await clearAnnex(board, options);
  return { write, clear: clock.rounds - write, calls: board.calls.length };
}
