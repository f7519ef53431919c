// REST pull figures: a generated board served by the local REST test server
// (tests/io/rest, spec-shaped pages on 127.0.0.1, no latency), read by the real
// client. The request count is what a real pull makes; the time is the client's
// and the local server's work, not Miro's latency.
import { pullBoard } from '../src/io/rest/read-board.ts';
import { restFromSnapshot } from '../tests/io/rest/rest-board.ts';
import { startRestServer } from '../tests/io/rest/rest-server.ts';
import { benchSnapshot } from './readback.ts';
import { median } from './stats.ts';

export const PULL_SIZES = [200, 2_000] as const;
const RUNS = 3;

export interface PullFigures {
  stickies: number;
  items: number;
  /** As Miro's spec has it: no `style` in the list, so each sticky, shape and text is read again. */
  requests: number;
  ms: number;
  /** If the list does carry `style` (unverified): no per-item reads. */
  styledRequests: number;
  styledMs: number;
}

async function timedPulls(stickies: number, styleInList: readonly string[]): Promise<{ requests: number; ms: number }> {
  const server = await startRestServer({ boardId: 'bench', token: 'bench-token', board: restFromSnapshot(benchSnapshot(stickies), { styleInList }) });
  try {
    const times: number[] = [];
    let requests = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      requests = (await pullBoard({ baseUrl: server.url, token: 'bench-token', boardId: 'bench' })).requests;
      times.push(performance.now() - start);
    }
    return { requests, ms: median(times) };
  } finally {
    await server.close();
  }
}

export async function benchPull(): Promise<PullFigures[]> {
  const figures: PullFigures[] = [];
  for (const stickies of PULL_SIZES) {
    const plain = await timedPulls(stickies, []);
    const styled = await timedPulls(stickies, ['sticky_note', 'shape', 'text']);
    figures.push({ stickies, items: benchSnapshot(stickies).items.length, requests: plain.requests, ms: plain.ms, styledRequests: styled.requests, styledMs: styled.ms });
  }
  return figures;
}
