// Random scenarios for the simulator, each with its planted truth as finding
// keys (`rule:item`), far enough from every threshold that sampling noise
// cannot blur which side a planted effect is on.
import { seededRandom } from '../../src/model/seeded-random.ts';
import type { SimConfig, SimTouchpoint } from './simulator.ts';

export interface Scenario {
  config: SimConfig;
  /** Finding keys the data check must raise. */
  expected: Set<string>;
  /** Finding keys to leave out of the scoring (too few journeys to say). */
  ignored: Set<string>;
}

const STAGES = ['Discover', 'Compare', 'Buy', 'Use', 'Renew'];
const CHANNELS = ['web', 'app', 'email', 'social'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Three touchpoints a stage: entry and exit always used, the middle one sometimes. */
function touchpointsFor(rand: () => number): SimTouchpoint[] {
  return STAGES.flatMap((stage, index) =>
    ['entry', 'middle', 'exit'].map((role): SimTouchpoint => {
      const channel = pick(rand, CHANNELS);
      return { id: `tp-${index}-${role}`, stage: index, text: `${role} of ${stage}`, event: `${stage.toLowerCase()}_${role}`, channel, eventChannel: channel, use: role === 'middle' ? 0.5 : 1, assumed: null };
    }),
  );
}

function plantSteps({ rand, config, truth }: { rand: () => number; config: SimConfig; truth: Scenario }): void {
  let reach = config.customers * (1 - config.skips);
  config.conversion.forEach((rate, step) => {
    const next = `stage-${step + 1}`;
    const severity = rate < 0.25 ? 'error' : 'warning';
    if (reach < 120) ['warning', 'error'].forEach((level) => truth.ignored.add(`stage-drop-off:${next}:${level}`));
    else if (rate < 0.5) truth.expected.add(`stage-drop-off:${next}:${severity}`);
    reach *= rate * (1 - config.skips);
  });
  void rand;
}

function plantSwaps({ rand, config, truth }: { rand: () => number; config: SimConfig; truth: Scenario }): void {
  for (let stage = 0; stage + 1 < STAGES.length; stage++) {
    const roll = rand();
    const swap = { first: `tp-${stage}-exit`, then: `tp-${stage + 1}-entry`, share: roll < 0.3 ? 0.45 : 0.04 };
    config.swaps.push(swap);
    const reachBoth = config.conversion.slice(0, stage + 1).reduce((n, rate) => n * rate * (1 - config.skips), config.customers);
    const key = `order-deviation:${swap.first}>${swap.then}`;
    if (reachBoth < 150) truth.ignored.add(key);
    else if (swap.share >= 0.2) truth.expected.add(key);
  }
}

function plantPoints({ rand, config, truth }: { rand: () => number; config: SimConfig; truth: Scenario }): void {
  const middles = config.touchpoints.filter((point) => point.id.endsWith('middle'));
  for (const point of middles) {
    const roll = rand();
    if (roll < 0.2) {
      point.use = 0;
      truth.expected.add(`touchpoint-not-in-data:${point.id}`);
    } else if (roll < 0.3) {
      point.use = 0;
      point.untracked = true;
    }
  }
  const entries = config.touchpoints.filter((point) => point.stage === 0 && point.use > 0);
  const mismatch = pick(rand, entries);
  if (rand() < 0.5) {
    mismatch.channel = 'email';
    mismatch.eventChannel = 'web';
    truth.expected.add(`channel-mismatch:${mismatch.id}`);
  }
}

function plantValence({ rand, config, truth }: { rand: () => number; config: SimConfig; truth: Scenario }): void {
  for (const point of config.touchpoints.filter((entry) => entry.stage === 0 && entry.use === 1)) {
    const assumed = pick(rand, [-1, 0, 1, 2]);
    point.assumed = assumed;
    if (rand() < 0.5) {
      point.observed = assumed >= 1 ? -1.2 : assumed === 0 ? pick(rand, [-1.6, 1.6]) : 1;
      truth.expected.add(`valence-mismatch:${point.id}:${assumed >= 1 && point.observed <= -1 ? 'error' : 'warning'}`);
    } else {
      // CSAT 1–5 clips a mean of +2: plant agreement at ±1 or 0, where the scale can show it.
      point.assumed = Math.min(1, assumed);
      point.observed = point.assumed;
    }
  }
}

function plantHidden({ rand, config, truth }: { rand: () => number; config: SimConfig; truth: Scenario }): void {
  const after = pick(rand, ['tp-0-entry', 'tp-0-exit']);
  if (rand() < 0.5) {
    config.hidden.push({ activity: 'compare_plans', after, share: 0.25 });
    truth.expected.add('hidden-touchpoint:compare_plans@stage-0');
  }
  config.hidden.push({ activity: 'rare_popup', after, share: 0.015 });
}

/** A touchpoint nobody reaches because of planted drop-offs is unseen too: in the truth, or left out near the threshold. */
function unseenTruth({ config, truth }: { config: SimConfig; truth: Scenario }): void {
  for (const point of config.touchpoints) {
    if (point.untracked === true) continue;
    const reach = config.conversion.slice(0, point.stage).reduce((share, rate) => share * rate * (1 - config.skips), 1 - config.skips);
    const coverage = reach * point.use;
    const key = `touchpoint-not-in-data:${point.id}`;
    if (coverage < 0.005) truth.expected.add(key);
    else if (coverage < 0.02) truth.ignored.add(key);
  }
}

export function scenario(seed: number): Scenario {
  const rand = seededRandom(seed * 7919);
  const config: SimConfig = {
    seed,
    customers: 1500,
    stages: STAGES,
    touchpoints: touchpointsFor(rand),
    conversion: STAGES.slice(1).map(() => pick(rand, [0.92, 0.8, 0.38, 0.12])),
    swaps: [],
    hidden: [],
    returns: 0.1,
    badRows: 0.01,
    ties: 0.1,
    loops: 0.15,
    skips: 0.02,
  };
  const truth: Scenario = { config, expected: new Set(), ignored: new Set() };
  plantSteps({ rand, config, truth });
  plantSwaps({ rand, config, truth });
  plantPoints({ rand, config, truth });
  plantValence({ rand, config, truth });
  plantHidden({ rand, config, truth });
  unseenTruth({ config, truth });
  return truth;
}
