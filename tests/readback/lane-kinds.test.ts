// Lane kinds as readback gives them: the label's kind hint, then its name, then
// the structural guess; renamed lanes keep their kind; names read as one line.
import { describe, expect, it } from 'vitest';
import { LANE_KIND_HINT_KEY } from '../../src/model/lane-kinds.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { textToHtml } from '../../src/model/html.ts';
import { sampleJourney } from '../support/journeys.ts';
import { boardWith } from './support.ts';

type Item = BoardSnapshot['items'][number];

const frame: Item = { id: 'f', type: 'frame', title: 'Map', x: 1000, y: 600, width: 2000, height: 1200 };
const title = (id: string, html: string, at: [number, number, number, number]): Item => ({ id, type: 'shape', shape: 'rectangle', parentId: 'f', x: at[0], y: at[1], width: at[2], height: at[3], content: html });
const sticky = (id: string, text: string, at: [number, number], color = 'light_yellow'): Item => ({ id, type: 'sticky_note', shape: 'square', parentId: 'f', x: at[0], y: at[1], width: 150, height: 170, content: `<p>${text}</p>`, style: { fillColor: color }, tagIds: [] });

/** Three stages, lanes named as given, one sticky in each cell of the lanes listed in `filled`. */
function handMade(lanes: readonly string[], { filled, metadata = {} }: { filled: readonly number[]; metadata?: BoardSnapshot['metadata'] }): BoardSnapshot {
  const items: Item[] = [frame];
  ['Find', 'Buy', 'Use'].forEach((name, i) => items.push(title(`h${i}`, `<p>${name}</p>`, [500 + i * 400, 100, 380, 80])));
  lanes.forEach((name, j) => items.push(title(`l${j}`, `<p>${name}</p>`, [150, 300 + j * 250, 250, 230])));
  for (const j of filled) for (let i = 0; i < 3; i++) items.push(sticky(`s${j}${i}`, `note ${j}${i}`, [500 + i * 400, 300 + j * 250]));
  return { version: 1, items, metadata };
}

function read(snapshot: BoardSnapshot) {
  const result = readJourney(snapshot);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('lane kinds: hint, then name, then inference', () => {
  it('reads Japanese lane names by their words', () => {
    const result = read(handMade(['アクション', '思考', '感情', 'ペインポイント', '機会'], { filled: [0, 1, 3] }));
    expect(result.journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'thoughts', 'emotions', 'pain-points', 'opportunities']);
    expect(result.warnings).toEqual([]);
  });

  it('guesses the touchpoint lane when no name says so: the topmost unknown lane holding stickies, with a warning', () => {
    const result = read(handMade(['Journey', 'Was passiert', 'Pains'], { filled: [1, 2] }));
    expect(result.journey.lanes.map((lane) => lane.kind)).toEqual(['other', 'touchpoints', 'pain-points']);
    expect(result.warnings).toEqual(['no lane is named as touchpoints: read "Was passiert" as the touchpoint lane (the topmost lane holding stickies)']);
  });

  it('never guesses the lane holding the emotion curve', () => {
    const snapshot = handMade(['Kurve', 'Was passiert'], { filled: [1] });
    snapshot.items.push(...[0, 1, 2].map((i): Item => ({ id: `c${i}`, type: 'shape', shape: 'circle', parentId: 'f', x: 500 + i * 400, y: 300, width: 24, height: 24, content: '' })));
    snapshot.items.push(sticky('s-curve', 'wow', [900, 320]));
    expect(read(snapshot).journey.lanes.map((lane) => lane.kind)).toEqual(['other', 'touchpoints']);
  });

  it('takes the hint over the name, and says so when they disagree', () => {
    const metadata = { l0: { [LANE_KIND_HINT_KEY]: 'touchpoints' }, l1: { [LANE_KIND_HINT_KEY]: 'opportunities' } };
    const result = read(handMade(['Customer steps', 'Pain points', 'Whatever'], { filled: [0], metadata }));
    expect(result.journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'opportunities', 'other']);
    expect(result.warnings).toEqual(['lane "Pain points": its label\'s kind hint says Opportunities, its name reads as Pain points; read as Opportunities (correct it under "Lanes as read")']);
  });

  it('ignores a hint that is not a lane kind', () => {
    const result = read(handMade(['Doing', 'Ideas'], { filled: [0], metadata: { l1: { [LANE_KIND_HINT_KEY]: 'nonsense' } } }));
    expect(result.journey.lanes.map((lane) => lane.kind)).toEqual(['touchpoints', 'opportunities']);
  });

  it('reads line breaks and runs of spaces in titles as one space; notes keep their lines', () => {
    const snapshot = handMade(['Customer<br>steps', 'Pains'], { filled: [0] });
    snapshot.items.push(title('h9', '<p>Second</p><p>thoughts   here</p>', [1700, 100, 380, 80]));
    const s = snapshot.items.find((item) => item.id === 's00') as Item & { content: string };
    s.content = '<p>line one</p><p>line two</p>';
    const { journey } = read(snapshot);
    expect(journey.stages.map((stage) => stage.name)).toEqual(['Find', 'Buy', 'Use', 'Second thoughts here']);
    expect(journey.lanes[0]).toMatchObject({ name: 'Customer steps', kind: 'touchpoints' });
    expect(journey.notes.find((note) => note.id === 's00')?.text).toBe('line one\nline two');
  });
});

describe('an inserted map keeps its lane kinds when lanes are renamed on the board', () => {
  it('renaming the touchpoint lane to anything keeps it the touchpoint lane', async () => {
    const { board, itemIds } = await boardWith(sampleJourney());
    const touchpoints = itemIds['lane:doing'] ?? '';
    board.externalUpdate(touchpoints, { content: textToHtml('Schritte der Kundin') });
    const result = read(board.toSnapshot());
    expect(result.journey.lanes.find((lane) => lane.id === touchpoints)).toMatchObject({ name: 'Schritte der Kundin', kind: 'touchpoints' });
    expect(result.warnings).toEqual([]);
  });
});

describe('the emotions lane', () => {
  it('is not empty while it holds the curve; without curve points or stickies it is, with the Refresh curve advice', async () => {
    const journey = sampleJourney();
    journey.lanes.push({ id: 'feel', name: 'Emotions', kind: 'emotions' });
    const { board, itemIds } = await boardWith(journey);
    const emptyLanes = () => {
      const report = gapCheck(board.toSnapshot(), { today: '2026-11-22' });
      if (!report.ok) throw new Error(report.message);
      return report.findings.filter((finding) => finding.rule === 'empty-lane').map((finding) => finding.message);
    };
    expect(emptyLanes()).toEqual([]);
    for (const [key, id] of Object.entries(itemIds)) if (key.startsWith('curve:') && !key.includes('->')) board.externalRemove(id);
    expect(emptyLanes()).toEqual(['Lane "Emotions" holds neither a sticky nor a curve point: Refresh curve (Emotions tab) draws it from the touchpoints']);
  });
});
