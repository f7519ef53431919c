import { describe, expect, it } from 'vitest';
import { CURVE_MARGIN, curveY, layoutJourney, WHISKER_WIDTH } from '../../src/layout/layout.ts';
import type { PlanConnector, PlanShape, PlanSticky, PlanText } from '../../src/layout/plan.ts';
import { legendLines, objectivesLines, personaLines, readKind, reviewLine } from '../../src/model/header-text.ts';
import { htmlToLines, htmlToText } from '../../src/model/html.ts';
import type { Journey } from '../../src/model/journey.ts';
import { MOMENT_OF_TRUTH_TAG } from '../../src/model/markers.ts';
import { presetJourney } from '../../src/templates/index.ts';
import { sampleJourney } from '../support/journeys.ts';

function withEmotionLane(): Journey {
  const journey = sampleJourney();
  journey.lanes.splice(1, 0, { id: 'feel', name: 'Emotions', kind: 'emotions' });
  return journey;
}

const byKey = (journey: Journey) => new Map(layoutJourney(journey).children.map((child) => [child.key, child]));

describe('layoutJourney', () => {
  it('writes the header blocks with the header-text contract, the map kind in the review line', () => {
    const journey = sampleJourney();
    const items = byKey(journey);
    const text = (key: string) => htmlToLines((items.get(key) as PlanText).content);
    expect(text('persona')).toEqual(personaLines(journey.persona));
    expect(text('objectives')).toEqual(objectivesLines(journey.objectives));
    expect(text('review')).toEqual([reviewLine('current-state', journey.review)]);
    expect(readKind(text('review').join(' '))).toBe('current-state');
    expect(text('legend')).toEqual(legendLines('classic'));
    expect(text('legend')[1]).toBe('⭐ marks a moment of truth');
  });

  it('labels the legend swatches with emoji and level, in the palette\'s colours', () => {
    const items = byKey({ ...sampleJourney(), palette: 'colour-blind' });
    const swatch = (level: string) => items.get(`legend:${level}`) as PlanShape;
    expect(htmlToText(swatch('-2').content)).toBe('😡 Very negative');
    expect(htmlToText(swatch('2').content)).toBe('😍 Very positive');
    expect(htmlToText(swatch('unrated').content)).toBe('Unrated (default colour)');
    expect(swatch('-2').type).toBe('shape');
  });

  it('tags stickies with channel, owner, evidence and the moment-of-truth tag, and puts the emoji first', () => {
    const items = byKey(sampleJourney());
    const n2 = items.get('note:n2') as PlanSticky;
    expect(n2.tagTitles).toEqual(['channel: web', 'owner: product', MOMENT_OF_TRUTH_TAG]);
    // n2 is a moment of truth: the star says so on the sticky itself.
    expect(htmlToText(n2.content)).toBe('😟 Fills in a long form ⭐');
    expect(n2.style.fillColor).toBe('orange');
    const n3 = items.get('note:n3') as PlanSticky;
    expect(n3.content).toBe('<p>Too many fields &amp; no guest checkout</p>');
    expect(n3.style.fillColor).toBe('light_yellow');
    expect(n3.tagTitles).toEqual([]);
  });

  it('draws one curve point per stage in the emotion row at the height of the stage\'s average valence, joined in order', () => {
    const journey = withEmotionLane();
    const plan = layoutJourney(journey);
    const points = plan.children.filter((child): child is PlanShape => child.kind === 'curve-point');
    const label = plan.children.find((child) => child.key === 'lane:feel') as PlanShape;
    const rowTop = label.box.y - label.box.height / 2 - 10;
    const rowHeight = label.box.height + 20;
    expect(points.map((point) => point.key)).toEqual(['curve:feel:discover', 'curve:feel:sign-up', 'curve:feel:first-box']);
    // Discover +1, Sign up −1, First box +2 (touchpoints only).
    const expected = [1, -1, 2].map((level) => curveY(level, { top: rowTop, height: rowHeight }));
    points.forEach((point, index) => expect(point.box.y).toBeCloseTo(expected[index] ?? Number.NaN, 6));
    expect(points.every((point) => point.shape === 'circle' && point.box.width === 40)).toBe(true);
    const headers = plan.children.filter((child): child is PlanShape => child.kind === 'stage-header');
    expect(points.map((point) => point.box.x)).toEqual(headers.map((header) => header.box.x));
    const links = plan.children.filter((child): child is PlanConnector => child.type === 'connector');
    expect(links.map((link) => [link.from, link.to])).toEqual([
      ['curve:feel:discover', 'curve:feel:sign-up'],
      ['curve:feel:sign-up', 'curve:feel:first-box'],
    ]);
    expect(plan.children.some((child) => child.type === 'sticky_note' && child.laneId === 'feel')).toBe(false);
  });

  it('draws a range whisker behind the point of a stage whose notes disagree, from its highest to its lowest level, and none where they agree', () => {
    const journey = withEmotionLane();
    const base = journey.notes.find((note) => note.stageId === 'discover');
    if (base === undefined) throw new Error('no note in Discover');
    journey.notes.push({ ...base, id: 'n-low', text: 'Price hidden', valence: -2 });
    const plan = layoutJourney(journey);
    const whiskers = plan.children.filter((child): child is PlanShape => child.kind === 'curve-whisker');
    expect(whiskers.map((whisker) => whisker.key)).toEqual(['whisker:feel:discover']);
    const [whisker] = whiskers;
    const point = plan.children.find((child) => child.key === 'curve:feel:discover') as PlanShape;
    const label = plan.children.find((child) => child.key === 'lane:feel') as PlanShape;
    const row = { top: label.box.y - label.box.height / 2 - 10, height: label.box.height + 20 };
    // Discover now holds +1 and −2.
    expect(whisker?.box).toEqual({ x: point.box.x, y: (curveY(1, row) + curveY(-2, row)) / 2, width: WHISKER_WIDTH, height: curveY(-2, row) - curveY(1, row) });
    expect(whisker).toMatchObject({ shape: 'rectangle', content: '' });
    // Behind its point: created (and so stacked) before it.
    expect(plan.children.indexOf(whisker as PlanShape)).toBeLessThan(plan.children.indexOf(point));
    expect(layoutJourney(withEmotionLane()).children.filter((child) => child.kind === 'curve-whisker')).toEqual([]);
  });

  it('puts +2 at the top of the emotion row, −2 at the bottom and an unrated stage in the middle', () => {
    const row = { top: 1000, height: 400 };
    expect(curveY(2, row)).toBe(1000 + CURVE_MARGIN);
    expect(curveY(-2, row)).toBe(1400 - CURVE_MARGIN);
    expect(curveY(null, row)).toBe(1200);
  });

  it('grows a cell to fit its fullest one and keeps the frame around everything', () => {
    const journey = sampleJourney();
    const small = layoutJourney(journey);
    for (let index = 0; index < 9; index++) {
      journey.notes.push({ ...journey.notes[2]!, id: `extra-${index}` });
    }
    const big = layoutJourney(journey);
    const width = (plan: typeof big, key: string) => (plan.children.find((child) => child.key === key) as PlanShape).box.width;
    expect(width(big, 'stage:sign-up')).toBeGreaterThan(width(small, 'stage:sign-up'));
    expect(width(big, 'stage:discover')).toBe(width(small, 'stage:discover'));
    expect(big.frame.height).toBeGreaterThan(small.frame.height);
  });

  it('lays out every preset as every kind', () => {
    for (const id of ['blank', 'b2b-saas', 'e-commerce', 'service-blueprint']) {
      for (const kind of ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'] as const) {
        const journey = presetJourney(id, kind);
        if (journey === undefined) throw new Error(`no preset ${id}`);
        const plan = layoutJourney(journey);
        expect(plan.frame.title).toBe(journey.title);
        expect(plan.children.filter((child) => child.kind === 'stage-header')).toHaveLength(journey.stages.length);
      }
    }
  });
});
