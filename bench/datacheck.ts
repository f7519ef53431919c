// The data check on the command line: 1,000,000 events (CSV, 100k customers,
// 40 activities) and 100,000 events, each run in a fresh `node` process as a
// user would run it; wall time, CPU time and peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchMapSnapshot, writeBenchLog } from './datacheck-data.ts';
import { dataCheckFrameRounds } from './datacheck-frame.ts';

export interface DataCheckRun {
  events: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

export interface DataCheckFigures {
  runs: DataCheckRun[];
  /** Wall time of 1M over 100k events. */
  ratio: number;
  /** Sequential round trips to write and to clear the data-check frame of a 60-touchpoint map. */
  frame: { write: number; clear: number; calls: number };
}

const CHILD = join(import.meta.dirname, 'datacheck-child.ts');

function runCli({ map, log, events }: { map: string; log: string; events: number }): DataCheckRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, 'datacheck', map, '--log', log, '--format', 'json', '-o', '/dev/null'], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  const report = child.stderr.trim().split('\n').pop() ?? '';
  const parsed = JSON.parse(report) as { code: number; cpuMs: number; maxRssMb: number };
  if (parsed.code === 2) throw new Error(`datacheck refused the benchmark log: ${child.stderr}`);
  return { events, wallMs, cpuMs: parsed.cpuMs, maxRssMb: parsed.maxRssMb };
}

export async function benchDataCheck(): Promise<DataCheckFigures> {
  const frame = await dataCheckFrameRounds();
  const dir = mkdtempSync(join(tmpdir(), 'bench-datacheck-'));
  try {
    const map = join(dir, 'map.json');
    writeFileSync(map, benchMapSnapshot());
    const runs = [10_000, 100_000].map((customers) => {
      const log = join(dir, `events-${customers}.csv`);
      const events = writeBenchLog(log, { customers });
      return runCli({ map, log, events });
    });
    const [small, large] = runs as [DataCheckRun, DataCheckRun];
    return { runs, ratio: large.wallMs / small.wallMs, frame };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
