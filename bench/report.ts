// Turns the measured figures into the table's sections, each figure beside its goal.
import type { BundleFigures } from './bundle.ts';
import type { PullFigures } from './pull.ts';
import { M_RUNS, type InsertL, type InsertM } from './insert.ts';
import type { ReadbackTiming } from './readback.ts';
import type { RoundTrips } from './roundtrips.ts';
import { formatSection, goalRow, kilobytes, NOT_AVAILABLE, type Row } from './table.ts';

export const GOALS = {
  insertRoundTrips: 12,
  callsPerItem: 2.2,
  readback10k: 100,
  readbackGrowth: 6,
  readRoundTrips: 3,
  headlessBytes: 1000,
  panelInitialBytes: 80_000,
} as const;

/** A section that could not be measured: why, in one row. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const count = (value: number) => value.toLocaleString('en-US');
const missing = (reason: string): Row[] => [{ figure: NOT_AVAILABLE, measured: reason }];

export function insertMSection(outcome: Outcome<InsertM>): string {
  const title = 'Insert M: 6 stages × 5 lanes, 60 stickies, 25 ms a call (real clock)';
  if (!outcome.ok) return formatSection(title, missing(outcome.reason));
  const m = outcome.value;
  return formatSection(title, [
    { figure: 'items created', measured: count(m.items) },
    { figure: 'SDK calls', measured: count(m.calls) },
    goalRow('calls / items', { value: m.calls / m.items, max: GOALS.callsPerItem, digits: 2 }),
    { figure: `wall time (median of ${M_RUNS} runs)`, measured: ms(m.wallMs) },
    goalRow('wall / latency', { value: m.wallMs / m.latencyMs, max: GOALS.insertRoundTrips }),
    { figure: 'sequential round trips (board clock)', measured: count(m.rounds) },
    { figure: 'naive wall (one call at a time)', measured: `${ms(m.naiveWallMs)} (${(m.naiveWallMs / m.latencyMs).toFixed(1)} × latency)` },
  ]);
}

export function insertLSection(outcome: Outcome<InsertL>): string {
  const title = 'Insert L: 12 stages × 8 lanes, 600 stickies, 100,000 credits a minute (scaled clock)';
  if (!outcome.ok) return formatSection(title, missing(outcome.reason));
  const l = outcome.value;
  const verdict = `${l.completed ? 'yes' : 'NO'}: ${l.stickiesOnBoard}/${l.plannedStickies} stickies, ${l.missingStickies} missing, ${l.duplicateStickies} duplicated`;
  return formatSection(title, [
    { figure: 'credits already spent this minute', measured: count(l.prespentCredits) },
    { figure: 'items created', measured: count(l.items) },
    { figure: 'SDK calls (failed ones included)', measured: count(l.calls) },
    { figure: 'rate-limit errors, all retried', measured: count(l.rateLimitErrors) },
    { figure: 'simulated wall time', measured: `${ms(l.wallMs)} (${ms(l.realWallMs)} real, clock × ${l.clockFactor})` },
    { figure: 'completed', measured: l.error === undefined ? verdict : `${verdict}; ${l.error}`, goal: 'all, once each', met: l.completed },
  ]);
}

export function readbackSection(outcome: Outcome<ReadbackTiming[]>, sameReading: Outcome<boolean>): string {
  const title = 'Readback + gap check in Node (median)';
  if (!outcome.ok) return formatSection(title, missing(outcome.reason));
  const rows: Row[] = outcome.value.map((timing) => {
    const figure = `${count(timing.stickies)} stickies (${timing.runs} runs)`;
    const detail = `${ms(timing.ms)} (CPU ${ms(timing.cpuMs)}); the adapter's zod parse: ${ms(timing.parseMs)} (CPU ${ms(timing.parseCpuMs)})`;
    if (timing.stickies !== 10_000) return { figure, measured: detail };
    return { ...goalRow(figure, { value: timing.ms, max: GOALS.readback10k, unit: ' ms', digits: 0 }), measured: detail };
  });
  const at = (stickies: number) => outcome.value.find((timing) => timing.stickies === stickies)?.ms ?? null;
  const small = at(10_000);
  const large = at(50_000);
  rows.push(goalRow('50,000 / 10,000', { value: small === null || large === null ? null : large / small, max: GOALS.readbackGrowth }));
  rows.push(
    sameReading.ok
      ? { figure: 'writer-made and plan-made boards read the same', measured: sameReading.value ? 'yes' : 'NO', goal: 'same', met: sameReading.value }
      : { figure: 'writer-made and plan-made boards read the same', measured: sameReading.reason, goal: 'same', met: null },
  );
  return formatSection(title, rows);
}

export function roundTripSection(outcome: Outcome<RoundTrips[]>): string {
  const title = 'Sequential round trips of readBoard (in-memory board)';
  if (!outcome.ok) return formatSection(title, missing(outcome.reason));
  return formatSection(
    title,
    outcome.value.map((trips) => goalRow(`${count(trips.stickies)} stickies (${trips.calls} calls; reader says ${trips.reported})`, { value: trips.rounds, max: GOALS.readRoundTrips, digits: 0 })),
  );
}

export function bundleSection(outcome: Outcome<BundleFigures>): string {
  const title = 'Bundle: gzipped production build (1 KB = 1,000 bytes)';
  if (!outcome.ok) return formatSection(title, missing(outcome.reason));
  const b = outcome.value;
  const sized = (figure: string, bytes: number, max?: number): Row => ({ figure, measured: kilobytes(bytes), ...(max === undefined ? {} : { goal: `≤ ${kilobytes(max)}`, met: bytes <= max }) });
  return formatSection(title, [
    sized('headless entry JS (index.html)', b.headlessGzBytes, GOALS.headlessBytes),
    sized('panel JS before first paint (app.html)', b.panelInitialGzBytes, GOALS.panelInitialBytes),
    ...b.initialChunks.map((chunk) => sized(`  ${chunk.file}`, chunk.gzBytes)),
    sized('panel CSS before first paint (mirotone…)', b.panelInitialCssGzBytes),
    sized('lazy-loaded JS, total', b.lazyGzBytes),
    ...b.lazyChunks.slice(0, 6).map((chunk) => sized(`  ${chunk.file}`, chunk.gzBytes)),
  ]);
}

export function pullSection(outcome: Outcome<PullFigures[]>): string {
  const title = 'REST pull (journey-map pull) from the local test server, no latency, median of 3';
  if (!outcome.ok) return formatSection(title, missing(outcome.reason));
  return formatSection(
    title,
    outcome.value.flatMap((pull) => [
      { figure: `${count(pull.stickies)} stickies (${count(pull.items)} items): requests, time`, measured: `${count(pull.requests)}, ${ms(pull.ms)}` },
      { figure: '  if the list carried style (unverified)', measured: `${count(pull.styledRequests)}, ${ms(pull.styledMs)}` },
    ]),
  );
}
