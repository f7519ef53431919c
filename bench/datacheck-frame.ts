// Sequential round trips of writing the "Data check" frame beside a
// 60-touchpoint map (both curves drawn: every touchpoint rated by 40
// customers), and of clearing it, counted by the board's clock.
import { runDataCheck } from '../src/analysis/datacheck/data-check.ts';
import { dataMapOf, type DataMap } from '../src/analysis/datacheck/data-map.ts';
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

/**
 * A log where 40 customers each meet every touchpoint once and rate it (CSAT
 * 1–5): every stage gets an observed point, so the frame carries both curves.
 */
export function scoredLog(map: DataMap): string {
  const rows = ['case,activity,time,csat'];
  for (let customer = 0; customer < 40; customer++) {
    map.touchpoints.forEach((point, index) => rows.push(`c${customer},${point.text},${new Date(Date.UTC(2026, 0, 1, 0, index) + customer * 86_400_000).toISOString()},${1 + ((customer + index) % 5)}`));
  }
  return rows.join('\n');
}

export async function dataCheckFrameRounds(): Promise<{ write: number; clear: number; calls: number }> {
  const journey = generateJourney({ kind: 'current-state', stages: 6, lanes: 5, notes: 60 });
  const snapshot = snapshotFromPlan(layoutJourney(journey));
  const map = dataMapOf({ journey, snapshot, frameId: 'frame-1' });
  const log = parseLogText(scoredLog(map));
  const result = runDataCheck({ map, log, saved: {}, settings: DATA_CHECK_DEFAULTS, source: 'bench.csv' });
  const clock = roundClock(LATENCY_MS);
  const board = MemoryBoard.fromSnapshot(snapshot, { latencyMs: LATENCY_MS, clock });
  const options = { mapFrameId: 'frame-1', hintKey: DATA_CHECK_HINT_KEY };
  await writeAnnex(board, dataCheckFramePlan(result, map), { ...options, clock });
  const write = clock.rounds;
  await clearAnnex(board, options);
  return { write, clear: clock.rounds - write, calls: board.calls.length };
}
