// Inputs for the data-check benchmark: a map of 8 stages × 5 touchpoints (40
// activities) as a board snapshot, and an event log of any size written
// straight to a file (100k customers, 10 events each, for 1,000,000 events).
import { closeSync, openSync, writeSync } from 'node:fs';
import { layoutJourney } from '../src/layout/layout.ts';
import type { Journey } from '../src/model/journey.ts';
import { serializeSnapshot } from '../src/snapshot/snapshot.ts';
import { seededRandom } from '../src/model/seeded-random.ts';
import { snapshotFromPlan } from './plan-snapshot.ts';

const VERBS = ['browse', 'compare', 'choose', 'pay', 'track', 'open', 'rate', 'renew'];
const NOUNS = ['plans', 'offers', 'reviews', 'basket', 'account'];

/** The 40 activity names, stage by stage; each matches its sticky's text exactly after normalising. */
export const ACTIVITIES = VERBS.flatMap((verb) => NOUNS.map((noun) => `${verb}_${noun}`));

export function benchMapJourney(): Journey {
  const stages = VERBS.map((verb, order) => ({ id: `s${order}`, name: `Stage ${verb}`, order }));
  return {
    id: 'bench-datacheck',
    title: 'Data check benchmark',
    kind: 'current-state',
    palette: 'classic',
    persona: { name: 'Pat', description: '', goals: ['Get it done'], motivations: [], frustrations: ['Waiting'] },
    objectives: [],
    stages,
    lanes: [{ id: 'l0', name: 'Touchpoints', kind: 'touchpoints' }],
    notes: ACTIVITIES.map((activity, index) => ({
      id: `n${index}`,
      stageId: `s${Math.floor(index / NOUNS.length)}`,
      laneId: 'l0',
      text: activity.replace('_', ' '),
      valence: index % 3 === 0 ? 1 : null,
      channel: 'web',
      owner: null,
      evidence: null,
      momentOfTruth: false,
    })),
    review: { lastReviewed: null, cadence: null },
  };
}

export function benchMapSnapshot(): string {
  return serializeSnapshot(snapshotFromPlan(layoutJourney(benchMapJourney())));
}

/** Writes `customers` × 10 events: each customer moves through the stages, lingering, looping and dropping out. */
export function writeBenchLog(path: string, { customers, seed = 1 }: { customers: number; seed?: number }): number {
  const random = seededRandom(seed);
  const file = openSync(path, 'w');
  let lines: string[] = ['user_id,event_name,timestamp,channel,csat'];
  let events = 0;
  const start = Date.UTC(2026, 0, 1);
  for (let customer = 0; customer < customers; customer++) {
    let time = start + Math.floor(random() * 180 * 86_400_000);
    let stage = 0;
    for (let event = 0; event < 10; event++) {
      if (random() < 0.3 && stage < VERBS.length - 1) stage++;
      const activity = ACTIVITIES[stage * NOUNS.length + Math.floor(random() * NOUNS.length)] ?? '';
      time += Math.floor(random() * 7_200_000);
      const csat = random() < 0.2 ? String(1 + Math.floor(random() * 5)) : '';
      lines.push(`u${customer},${activity},${new Date(time).toISOString()},${random() < 0.8 ? 'web' : 'app'},${csat}`);
      events++;
    }
    if (lines.length >= 20_000) {
      writeSync(file, `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  writeSync(file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  closeSync(file);
  return events;
}
