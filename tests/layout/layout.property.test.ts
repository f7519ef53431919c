import fc from 'fast-check';
import { readMomentMarker } from '../../src/model/markers.ts';
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../src/layout/layout.ts';
import type { BoardPlan, PlanBox, PlanItem, PlanShape, PlanSticky } from '../../src/layout/plan.ts';
import { htmlToText } from '../../src/model/html.ts';
import type { Journey } from '../../src/model/journey.ts';
import { colorForValence } from '../../src/model/valence.ts';
import { journeyArbitrary } from '../support/journeys.ts';

const placed = (plan: BoardPlan): PlanItem[] => plan.children.filter((child): child is PlanItem => child.type !== 'connector');
const ofKind = <K extends PlanItem['kind']>(plan: BoardPlan, kind: K) => placed(plan).filter((item) => item.kind === kind);
const shapes = (plan: BoardPlan, kind: PlanShape['kind']) => ofKind(plan, kind) as PlanShape[];
const stickies = (plan: BoardPlan) => ofKind(plan, 'sticky') as PlanSticky[];
const left = (box: PlanBox) => box.x - box.width / 2;
const right = (box: PlanBox) => box.x + box.width / 2;
const top = (box: PlanBox) => box.y - box.height / 2;
const bottom = (box: PlanBox) => box.y + box.height / 2;

/** The readback's rule (docs/architecture.md): a column runs from its header's left edge to the next one's; the last ends at its right edge. */
function spans(boxes: PlanBox[], start: (box: PlanBox) => number, end: (box: PlanBox) => number): [number, number][] {
  return boxes.map((box, index) => [start(box), index + 1 < boxes.length ? start(boxes[index + 1] as PlanBox) : end(box)]);
}

function cellOf(plan: BoardPlan, journey: Journey) {
  const headers = shapes(plan, 'stage-header');
  const labels = shapes(plan, 'lane-label');
  const columns = spans(headers.map((header) => header.box), left, right);
  const rows = spans(labels.map((label) => label.box), top, bottom);
  const stageAt = (x: number) => columns.findIndex(([from, to]) => x >= from && x < to);
  const laneAt = (y: number) => rows.findIndex(([from, to]) => y >= from && y < to);
  const stageIds = [...journey.stages].sort((a, b) => a.order - b.order).map((stage) => stage.id);
  return (box: PlanBox) => ({ stageId: stageIds[stageAt(box.x)], laneId: journey.lanes[laneAt(box.y)]?.id });
}

const journeys = journeyArbitrary({ maxStages: 6, maxNotesPerCell: 7 });

describe('layoutJourney invariants', () => {
  it('keeps every item inside the frame', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const plan = layoutJourney(journey);
        for (const item of placed(plan)) {
          expect(left(item.box), item.key).toBeGreaterThanOrEqual(0);
          expect(top(item.box), item.key).toBeGreaterThanOrEqual(0);
          expect(right(item.box), item.key).toBeLessThanOrEqual(plan.frame.width);
          expect(bottom(item.box), item.key).toBeLessThanOrEqual(plan.frame.height);
        }
      }),
    );
  });

  // Every pair of stickies of 100 journeys: over 5 s on the shared, loaded test machine.
  it('never overlaps two stickies', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const notes = stickies(layoutJourney(journey));
        for (const [index, a] of notes.entries()) {
          for (const b of notes.slice(index + 1)) {
            const apart = right(a.box) <= left(b.box) || right(b.box) <= left(a.box) || bottom(a.box) <= top(b.box) || bottom(b.box) <= top(a.box);
            expect(apart, `${a.key} and ${b.key}`).toBe(true);
          }
        }
      }),
    );
  });

  it('puts every sticky\'s centre in its own stage column and lane row, as the readback finds them', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const plan = layoutJourney(journey);
        const locate = cellOf(plan, journey);
        for (const sticky of stickies(plan)) expect(locate(sticky.box), sticky.key).toEqual({ stageId: sticky.stageId, laneId: sticky.laneId });
      }),
    );
  });

  it('writes one sticky per note, in every lane, coloured by valence, text with its emoji marker', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const notes = new Map(journey.notes.map((note) => [note.id, note]));
        const written = stickies(layoutJourney(journey));
        expect(written.map((sticky) => sticky.noteId).sort()).toEqual(journey.notes.map((note) => note.id).sort());
        for (const sticky of written) {
          const note = notes.get(sticky.noteId);
          if (note === undefined) throw new Error(`no note ${sticky.noteId}`);
          expect(sticky.style.fillColor).toBe(colorForValence(note.valence, journey.palette));
          expect(readMomentMarker(htmlToText(sticky.content)).rest.endsWith(note.text)).toBe(true);
          expect(readMomentMarker(htmlToText(sticky.content)).marked).toBe(note.momentOfTruth);
        }
      }),
    );
  });

  it('keeps the notes of an emotion lane below its curve, so points and stickies never overlap', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const plan = layoutJourney(journey);
        const emotionLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'emotions').map((lane) => lane.id));
        const points = shapes(plan, 'curve-point');
        for (const sticky of stickies(plan).filter((entry) => emotionLanes.has(entry.laneId))) {
          const ownCurve = points.filter((point) => point.key.startsWith(`curve:${sticky.laneId}:`));
          const lowestPoint = Math.max(...ownCurve.map((point) => point.box.y + point.box.height / 2));
          expect(sticky.box.y - sticky.box.height / 2).toBeGreaterThan(lowestPoint);
        }
      }),
    );
  });

  it('aligns stage headers in a row above the lanes and lane labels in a column left of the stickies, texts exact', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const plan = layoutJourney(journey);
        const headers = shapes(plan, 'stage-header');
        const labels = shapes(plan, 'lane-label');
        const ordered = [...journey.stages].sort((a, b) => a.order - b.order);
        expect(headers.map((header) => htmlToText(header.content))).toEqual(ordered.map((stage) => stage.name));
        expect(labels.map((label) => htmlToText(label.content))).toEqual(journey.lanes.map((lane) => lane.name));
        expect(new Set(headers.map((header) => header.box.y)).size).toBe(1);
        expect(new Set(labels.map((label) => label.box.x)).size).toBe(1);
        headers.slice(1).forEach((header, index) => expect(left(header.box)).toBeGreaterThan(right((headers[index] as PlanShape).box)));
        const gridTop = Math.min(...labels.map((label) => top(label.box)));
        const gridLeft = Math.min(...headers.map((header) => left(header.box)));
        for (const header of headers) expect(bottom(header.box)).toBeLessThanOrEqual(gridTop);
        for (const label of labels) expect(right(label.box)).toBeLessThanOrEqual(gridLeft);
        for (const sticky of stickies(plan)) {
          expect(top(sticky.box)).toBeGreaterThan(gridTop);
          expect(left(sticky.box)).toBeGreaterThan(gridLeft);
        }
      }),
    );
  });

  it('keeps the header texts and the legend above the stage headers, outside every cell', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const plan = layoutJourney(journey);
        const headerTop = Math.min(...shapes(plan, 'stage-header').map((header) => top(header.box)));
        const outside = placed(plan).filter((item) => ['persona', 'objectives', 'review', 'legend', 'legend-swatch'].includes(item.kind));
        expect(outside.map((item) => item.kind).filter((kind) => kind === 'legend-swatch')).toHaveLength(6);
        for (const item of outside) expect(bottom(item.box), item.key).toBeLessThanOrEqual(headerTop);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        expect(layoutJourney(structuredClone(journey))).toEqual(layoutJourney(journey));
      }),
    );
  });
});
