// Workshop clutter never displaces the grid: dot votes ("+1" texts or small
// circles), emoji stickers, arrows, images and notes written around the grid
// leave the reading of the coffee example exactly as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJourney } from '../../src/readback/read-journey.ts';
import { isSticky, parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';

type Item = BoardSnapshot['items'][number];

function coffee(): BoardSnapshot {
  const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

interface Clutter {
  /** Dot votes: the i-th lands on a corner of a sticky, as a "+1" text or a small circle. */
  votes: number;
  circles: boolean;
  stickers: number;
  arrows: boolean;
  images: boolean;
  notes: boolean;
}

// Where a dot vote lands on a sticky: its corners and edges (stickies are 160 × 183).
const SPOTS: [number, number][] = [[60, -70], [-60, -70], [60, 70], [-60, 70], [0, -80], [70, 0], [-70, 0]];
const SIDE_NOTES = ['Parking lot: pricing page?', 'Ask legal about GDPR', 'Next workshop: 3 June', 'Interview quotes in Dovetail'];

function cluttered(base: BoardSnapshot, clutter: Clutter): BoardSnapshot {
  const stickies = base.items.filter(isSticky);
  const items: Item[] = [...base.items];
  for (let i = 0; i < clutter.votes; i++) {
    const sticky = stickies[i % stickies.length] as Item & { x: number; y: number };
    const [dx, dy] = SPOTS[Math.floor(i / stickies.length) % SPOTS.length] as [number, number];
    const at = { parentId: 'cs-frame', x: sticky.x + dx, y: sticky.y + dy };
    items.push(clutter.circles && i % 2 === 1 ? { id: `vote-${i}`, type: 'shape', shape: 'circle', width: 30, height: 30, content: '', ...at } : { id: `vote-${i}`, type: 'text', width: 40, content: '<p>+1</p>', ...at });
  }
  for (let i = 0; i < clutter.stickers; i++) {
    const sticky = stickies[(i * 3) % stickies.length] as Item & { x: number; y: number };
    items.push({ id: `sticker-${i}`, type: 'text', parentId: 'cs-frame', x: sticky.x - 50, y: sticky.y + 60, width: 48, content: `<p>${['👍', '❤️', '🔥', '⭐'][i % 4]}</p>` });
  }
  if (clutter.arrows) items.push({ id: 'arrow-1', type: 'connector', parentId: 'cs-frame', start: { item: 'cs-1' }, end: { item: 'cs-2' }, shape: 'curved' }, { id: 'arrow-2', type: 'connector', start: { item: 'cs-2' }, end: { item: 'cs-5' } });
  if (clutter.images) items.push({ id: 'img-1', type: 'image', parentId: 'cs-frame', x: 1850, y: 80, width: 200, height: 120 }, { id: 'img-2', type: 'image', parentId: 'cs-frame', x: 1000, y: 1250, width: 300, height: 60 });
  if (clutter.notes) {
    SIDE_NOTES.forEach((note, i) => items.push({ id: `side-${i}`, type: 'text', parentId: 'cs-frame', x: 1960, y: 450 + i * 220, width: 60, content: `<p>${note}</p>` }));
    items.push({ id: 'below', type: 'text', parentId: 'cs-frame', x: 600, y: 1260, width: 500, content: '<p>Workshop 12 May, 9 people</p>' });
  }
  return { ...base, items };
}

function reading(snapshot: BoardSnapshot) {
  const result = readJourney(snapshot);
  if (!result.ok) throw new Error(result.message);
  const { journey } = result;
  return {
    stages: journey.stages.map((stage) => stage.name),
    lanes: journey.lanes.map((lane) => [lane.name, lane.kind]),
    notes: journey.notes.map((note) => [note.id, note.stageId, note.laneId, note.text, note.valence]),
    persona: journey.persona.name,
    strays: result.placement.strayItemIds,
  };
}

const NONE: Clutter = { votes: 0, circles: false, stickers: 0, arrows: false, images: false, notes: false };

describe('workshop clutter never displaces the grid', () => {
  const plain = reading(coffee());

  it.each([7, 20])('%i "+1" dot votes on the stickies leave the reading unchanged', (votes) => {
    expect(reading(cluttered(coffee(), { ...NONE, votes }))).toEqual(plain);
  });

  it('20 dot votes as texts and circles, stickers, arrows, images and notes around the grid: unchanged', () => {
    expect(reading(cluttered(coffee(), { votes: 20, circles: true, stickers: 6, arrows: true, images: true, notes: true }))).toEqual(plain);
  });

  it('any mix of clutter leaves the reading unchanged', () => {
    const clutter = fc.record({ votes: fc.nat(30), circles: fc.boolean(), stickers: fc.nat(8), arrows: fc.boolean(), images: fc.boolean(), notes: fc.boolean() });
    fc.assert(
      fc.property(clutter, (mix) => {
        expect(reading(cluttered(coffee(), mix))).toEqual(plain);
      }),
      { numRuns: 150 },
    );
  });
});
