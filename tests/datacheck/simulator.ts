// A journey simulator with ground truth: customers walk a known map with chosen
// drop-offs, skipped stages, loops, order swaps, hidden touchpoints, channels
// and score distributions; the log it writes has bad rows, mixed time zones and
// ties. Every planted effect is in `truth`, so tests can state precision and
// recall per finding. Seeded: the same config gives the same log.
import { seededRandom } from '../../src/model/seeded-random.ts';
import type { DataMap } from '../../src/analysis/datacheck/data-map.ts';

export interface SimTouchpoint {
  id: string;
  stage: number;
  text: string;
  /** The activity name its events carry. */
  event: string;
  /** The sticky's `channel:` tag. */
  channel: string | null;
  /** The channel its events carry (a mismatch when it differs from `channel`). */
  eventChannel: string;
  /** Share of journeys reaching the stage that use it (0: never seen). */
  use: number;
  assumed: number | null;
  /** Planted mean of customers' scores on −2 … +2; undefined: no scores. */
  observed?: number;
  untracked?: boolean;
}

export interface SimConfig {
  seed: number;
  customers: number;
  stages: string[];
  touchpoints: SimTouchpoint[];
  /** Per step, the share of journeys that go on to the next stage. */
  conversion: number[];
  /** Planted swaps: `then`'s first event comes before `first`'s in `share` of journeys with both. */
  swaps: { first: string; then: string; share: number }[];
  hidden: { activity: string; after: string; share: number }[];
  /** Share of customers who come back after the window for a second journey. */
  returns: number;
  badRows: number;
  ties: number;
  loops: number;
  skips: number;
}

export interface SimLog {
  csv: string;
  map: DataMap;
  truth: { instances: number; badRows: number; events: number };
}


interface Event {
  activity: string;
  time: number;
  channel: string;
  csat: number | null;
}

const ZONES = [0, 120, -300, 330];
const DAY = 86_400_000;

function isoIn(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function csatFor(mean: number, rand: () => number): number {
  const noise = (rand() + rand() + rand() - 1.5) * 1.2;
  return Math.max(1, Math.min(5, Math.round(3 + mean + noise)));
}

function walk(config: SimConfig, { rand, start }: { rand: () => number; start: number }): Event[] {
  const events: Event[] = [];
  let time = start;
  const step = () => (time += rand() < config.ties ? 0 : Math.floor(60_000 + rand() * 3_600_000));
  const firstTime = new Map<string, number>();
  for (let stage = 0; stage < config.stages.length; stage++) {
    if (stage > 0 && rand() >= (config.conversion[stage - 1] ?? 1)) break;
    if (rand() < config.skips) continue;
    for (const point of config.touchpoints.filter((entry) => entry.stage === stage)) {
      if (rand() >= point.use) continue;
      const repeats = rand() < config.loops ? 2 : 1;
      for (let round = 0; round < repeats; round++) {
        step();
        if (!firstTime.has(point.id)) firstTime.set(point.id, time);
        const csat = point.observed !== undefined && rand() < 0.6 ? csatFor(point.observed, rand) : null;
        events.push({ activity: point.event, time, channel: point.eventChannel, csat });
        for (const hidden of config.hidden) if (hidden.after === point.id && round === 0 && rand() < hidden.share) events.push({ activity: hidden.activity, time: step(), channel: 'web', csat: null });
      }
    }
  }
  for (const swap of config.swaps) {
    const first = firstTime.get(swap.first);
    const then = events.find((event) => event.activity === config.touchpoints.find((point) => point.id === swap.then)?.event);
    if (first !== undefined && then !== undefined && rand() < swap.share) then.time = first - 60_000;
  }
  return events;
}

function mapOf(config: SimConfig): DataMap {
  return {
    frameId: 'frame-1',
    palette: 'classic',
    persona: 'Sam',
    stages: config.stages.map((name, index) => ({ id: `stage-${index}`, name })),
    touchpoints: config.touchpoints.map((point) => ({ id: point.id, stage: point.stage, text: point.text, channel: point.channel, valence: point.assumed, events: [point.event.toLowerCase()], untracked: point.untracked ?? false })),
  };
}

export function simulate(config: SimConfig): SimLog {
  const rand = seededRandom(config.seed);
  const lines = ['customer_id,event_name,timestamp,channel,csat'];
  let instances = 0;
  let badRows = 0;
  let events = 0;
  for (let customer = 0; customer < config.customers; customer++) {
    const starts = [Date.UTC(2026, 0, 1) + Math.floor(rand() * 200 * DAY)];
    if (rand() < config.returns) starts.push((starts[0] ?? 0) + 45 * DAY);
    for (const start of starts) {
      let good = 0;
      for (const event of walk(config, { rand, start })) {
        const zone = ZONES[Math.floor(rand() * ZONES.length)] ?? 0;
        const bad = rand() < config.badRows;
        if (bad) badRows++;
        else good++;
        lines.push(`c${customer},${event.activity},${bad ? 'yesterday' : isoIn(event.time, zone)},${event.channel},${event.csat ?? ''}`);
      }
      events += good;
      if (good > 0) instances++;
    }
  }
  return { csv: `${lines.join('\n')}\n`, map: mapOf(config), truth: { instances, badRows, events } };
}
