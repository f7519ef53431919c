// `npm run bench`: insert, readback and bundle figures against the goals of
// issue 6, as a table; with `--json`, one JSON object as the last line.
import { cpus, loadavg } from 'node:os';
import { measureBundle } from './bundle.ts';
import { benchDataCheck } from './datacheck.ts';
import { dataCheckSection } from './datacheck-report.ts';
import { benchInsertL, benchInsertM } from './insert.ts';
import { benchPull } from './pull.ts';
import { READBACK_SIZES, benchSnapshot, timeReadbacks, writerAndPlanReadTheSame } from './readback.ts';
import { bundleSection, insertLSection, insertMSection, pullSection, readbackSection, roundTripSection, type Outcome } from './report.ts';
import { countReadRoundTrips } from './roundtrips.ts';
import { round } from './stats.ts';
import { maxOf } from '../src/model/arrays.ts';
import { benchDemoBig, demoBigSection } from './demo-big.ts';
import { benchDataCheckPanel, dataCheckPanelSection } from './datacheck-panel.ts';

const ROUND_TRIP_SIZES = [60, 10_000] as const;

async function attempt<T>(work: () => Promise<T> | T): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split('\n')[0] ?? 'failed' : String(error) };
  }
}

const valueOr = <T, R>(outcome: Outcome<T>, pick: (value: T) => R): R | null => (outcome.ok ? pick(outcome.value) : null);

async function measure() {
  // The build first: the timed sections then run without a bundler in the background.
  const bundle = await attempt(measureBundle);
  const readback = await attempt(() => timeReadbacks(READBACK_SIZES, 11));
  const sameReading = await attempt(() => writerAndPlanReadTheSame(200));
  const roundTrips = await attempt(() => Promise.all(ROUND_TRIP_SIZES.map((stickies) => countReadRoundTrips(stickies, benchSnapshot(stickies)))));
  const insertM = await attempt(benchInsertM);
  const insertL = await attempt(benchInsertL);
  const pull = await attempt(benchPull);
  const dataCheck = await attempt(benchDataCheck);
  const demoBig = await attempt(() => benchDemoBig());
  const dataCheckPanel = await attempt(() => benchDataCheckPanel());
  return { bundle, readback, sameReading, roundTrips, insertM, insertL, pull, dataCheck, demoBig, dataCheckPanel };
}

type Results = Awaited<ReturnType<typeof measure>>;

function toJson(results: Results) {
  const { bundle, readback, roundTrips, insertM, insertL } = results;
  const readbackMs = (stickies: number) => valueOr(readback, (timings) => timings.find((timing) => timing.stickies === stickies)?.ms ?? null);
  return {
    insert: {
      M: valueOr(insertM, (m) => ({ items: m.items, calls: m.calls, latencyMs: m.latencyMs, wallMs: round(m.wallMs), naiveWallMs: round(m.naiveWallMs) })),
      L: valueOr(insertL, (l) => ({ items: l.items, calls: l.calls, latencyMs: l.latencyMs, wallMs: round(l.wallMs), rateLimitErrors: l.rateLimitErrors, completed: l.completed })),
    },
    readback: Object.fromEntries(READBACK_SIZES.map((stickies) => [String(stickies), nullable(readbackMs(stickies), round)])),
    readbackRoundTrips: valueOr(roundTrips, (trips) => maxOf(trips.map((entry) => entry.rounds))),
    demoBig: valueOr(results.demoBig, (figures) => figures),
    dataCheckPanel: valueOr(results.dataCheckPanel, (figures) => figures),
    bundle: valueOr(bundle, (b) => ({ headlessGzBytes: b.headlessGzBytes, panelInitialGzBytes: b.panelInitialGzBytes, lazyGzBytes: b.lazyGzBytes })),
    dataCheck: valueOr(results.dataCheck, (d) => ({ runs: d.runs.map((run) => ({ ...run, wallMs: round(run.wallMs), cpuMs: round(run.cpuMs), maxRssMb: round(run.maxRssMb) })), ratio: round(d.ratio, 2), frame: d.frame })),
    details: {
      insertMRounds: valueOr(insertM, (m) => m.rounds),
      insertL: valueOr(insertL, (l) => l),
      readback: valueOr(readback, (timings) => timings.map((timing) => ({ ...timing, ms: round(timing.ms), cpuMs: round(timing.cpuMs), parseMs: round(timing.parseMs), parseCpuMs: round(timing.parseCpuMs) }))),
      writerAndPlanReadTheSame: valueOr(results.sameReading, (same) => same),
      roundTrips: valueOr(roundTrips, (trips) => trips),
      pull: valueOr(results.pull, (pulls) => pulls.map((pull) => ({ ...pull, ms: round(pull.ms), styledMs: round(pull.styledMs) }))),
      bundle: valueOr(bundle, (b) => ({ panelInitialCssGzBytes: b.panelInitialCssGzBytes, initialChunks: b.initialChunks, lazyChunks: b.lazyChunks })),
      machine: machine(),
    },
  };
}

function nullable<T, R>(value: T | null, map: (value: T) => R): R | null {
  return value === null ? null : map(value);
}

function machine() {
  return { node: process.version, cores: cpus().length, loadAverage: loadavg().map((load) => round(load, 2)) };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const started = performance.now();
  const results = await measure();
  const { cores, loadAverage } = machine();
  console.log(`Journey maps benchmark: Node ${process.version}, ${cores} cores, load average ${loadAverage.join(' ')}\n`);
  console.log(
    [
      insertMSection(results.insertM),
      insertLSection(results.insertL),
      readbackSection(results.readback, results.sameReading),
      roundTripSection(results.roundTrips),
      pullSection(results.pull),
      bundleSection(results.bundle),
      dataCheckSection(results.dataCheck),
      demoBigSection(results.demoBig),
      dataCheckPanelSection(results.dataCheckPanel),
    ].join('\n\n'),
  );
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (json) console.log(JSON.stringify(toJson(results)));
}

await main();
