import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/board/clock.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { FRAME_HINT, FRAME_HINT_KEY, writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import type { BoardPlan, PlanItem } from '../../src/layout/plan.ts';
import { sampleJourney } from '../support/journeys.ts';

const plan = (): BoardPlan => layoutJourney(sampleJourney());

/** A clock whose sleeps pass at once, advancing its own time. */
function fakeClock(): Clock & { slept: number } {
  let now = 0;
  const clock = {
    slept: 0,
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
      clock.slept += ms;
    },
  };
  return clock;
}

describe('writePlan on the in-memory board', () => {
  it('reads the board, creates tags, then the frame, then each child and its frame.add (and a lane label its kind hint), then the hint and the zoom', async () => {
    const board = new MemoryBoard();
    const result = await writePlan(board, plan(), { concurrency: 1 });
    const methods = board.calls.map((call) => call.method);
    const tags = new Set(plan().children.flatMap((child) => (child.type === 'sticky_note' ? child.tagTitles : []))).size;
    expect(methods.slice(0, 2)).toEqual(['get', 'viewport.get']);
    expect(methods.slice(2, 2 + tags)).toEqual(Array(tags).fill('createTag'));
    expect(methods[2 + tags]).toBe('createFrame');
    const hinted = plan().children.filter((child) => child.type === 'shape' && child.metadata !== undefined);
    const children = methods.slice(3 + tags, -2).filter((method) => method !== 'setMetadata');
    expect(children.filter((_method, index) => index % 2 === 1).every((method) => method === 'frame.add')).toBe(true);
    expect(children).toHaveLength(2 * plan().children.length);
    expect(methods.slice(3 + tags, -2).filter((method) => method === 'setMetadata')).toHaveLength(hinted.length);
    for (const child of hinted) expect(board.toSnapshot().metadata[result.itemIds[child.key] ?? '']).toEqual(child.type === 'shape' ? child.metadata : undefined);
    expect(methods.slice(-2)).toEqual(['setMetadata', 'viewport.zoomTo']);
    expect(result.calls).toBe(board.calls.length);
    expect(board.toSnapshot().metadata[result.frameId]).toEqual({ [FRAME_HINT_KEY]: FRAME_HINT });
  });

  it('leaves every child frame-relative at its plan position, inside the frame', async () => {
    const board = new MemoryBoard();
    const written = plan();
    const result = await writePlan(board, written);
    const frame = board.item(result.frameId) as { x: number; y: number; width: number; height: number; title: string };
    expect(frame).toMatchObject({ width: written.frame.width, height: written.frame.height, title: written.frame.title });
    for (const child of written.children.filter((entry): entry is PlanItem => entry.type !== 'connector')) {
      const item = board.item(result.itemIds[child.key] ?? '') as { x: number; y: number; parentId: string | null } | undefined;
      expect(item?.parentId, child.key).toBe(result.frameId);
      expect(item?.x, child.key).toBeCloseTo(child.box.x, 6);
      expect(item?.y, child.key).toBeCloseTo(child.box.y, 6);
    }
    expect(Object.keys(result.itemIds).sort()).toEqual(written.children.map((child) => child.key).sort());
  });

  it('joins curve points with connectors between the right items', async () => {
    const journey = sampleJourney();
    journey.lanes.push({ id: 'feel', name: 'Emotions', kind: 'emotions' });
    const result = await writePlan(new MemoryBoard(), layoutJourney(journey));
    const board = new MemoryBoard();
    const again = await writePlan(board, layoutJourney(journey));
    const link = board.item(again.itemIds['curve:feel:discover->curve:feel:sign-up'] ?? '') as { start: { item: string }; end: { item: string } };
    expect([link.start.item, link.end.item]).toEqual([again.itemIds['curve:feel:discover'], again.itemIds['curve:feel:sign-up']]);
    expect(Object.keys(result.itemIds)).toEqual(Object.keys(again.itemIds));
  });

  it('keeps at most `concurrency` calls in flight, and uses them', async () => {
    let inFlight = 0;
    let most = 0;
    const clock: Clock = {
      now: () => Date.now(),
      sleep: (ms) => {
        inFlight++;
        most = Math.max(most, inFlight);
        return new Promise((resolve) => setTimeout(() => (inFlight--, resolve()), ms));
      },
    };
    await writePlan(new MemoryBoard({ latencyMs: 2, clock }), plan(), { concurrency: 3 });
    expect(most).toBe(3);
  });

  it('reuses a tag that already has the title and creates only the missing ones', async () => {
    const board = new MemoryBoard();
    const existing = await board.createTag({ title: 'channel: web', color: 'cyan' });
    const result = await writePlan(board, plan());
    const tags = board.allItems().filter((item) => item.type === 'tag') as { id: string; title: string }[];
    expect(tags.filter((tag) => tag.title === 'channel: web').map((tag) => tag.id)).toEqual([existing.id]);
    const n2 = board.item(result.itemIds['note:n2'] ?? '') as { tagIds: string[] };
    expect(n2.tagIds).toContain(existing.id);
    expect(n2.tagIds.map((id) => tags.find((tag) => tag.id === id)?.title)).toEqual(['channel: web', 'owner: product', 'moment of truth']);
  });

  it('stays within 100 tags a board and says which tags it left out', async () => {
    const board = new MemoryBoard();
    for (let index = 0; index < 98; index++) await board.createTag({ title: `old ${index}` });
    const result = await writePlan(board, plan());
    expect(board.allItems().filter((item) => item.type === 'tag')).toHaveLength(100);
    expect(result.warnings).toEqual([
      'tag "evidence: interview" not created: the board would hold more than 100 tags',
      'tag "channel: web" not created: the board would hold more than 100 tags',
      'tag "owner: product" not created: the board would hold more than 100 tags',
      'tag "moment of truth" not created: the board would hold more than 100 tags',
      'tag "channel: store" not created: the board would hold more than 100 tags',
      'tag "evidence: survey" not created: the board would hold more than 100 tags',
    ]);
  });

  it('places the frame where it overlaps nothing already on the board', async () => {
    const board = new MemoryBoard();
    const blocker = await board.createShape({ x: 0, y: 0, width: 3000, height: 3000 });
    const result = await writePlan(board, plan());
    const frame = board.absoluteBox(result.frameId);
    const other = board.absoluteBox(blocker.id);
    if (frame === undefined || other === undefined) throw new Error('missing item');
    const apart = Math.abs(frame.x - other.x) * 2 >= frame.width + other.width || Math.abs(frame.y - other.y) * 2 >= frame.height + other.height;
    expect(apart).toBe(true);
    expect(board.viewportNow().x).toBeLessThan(frame.x - frame.width / 2);
  });

  it('reports progress per item, up to the total', async () => {
    const seen: [number, number][] = [];
    await writePlan(new MemoryBoard(), plan(), { onProgress: (done, total) => seen.push([done, total]) });
    const total = plan().children.length;
    expect(seen).toEqual(Array.from({ length: total + 1 }, (_, index) => [index, total]));
  });

  it('waits out the rate limit and finishes', async () => {
    const clock = fakeClock();
    const board = new MemoryBoard({ clock, creditsPerMinute: 50 * 10 });
    const result = await writePlan(board, plan(), { clock });
    expect(Object.keys(result.itemIds)).toHaveLength(plan().children.length);
    expect(clock.slept).toBeGreaterThanOrEqual(60_000);
    expect(result.calls).toBeGreaterThan(board.allItems().length + plan().children.length);
  });
});

describe('writePlan at a drop point', () => {
  it('centres the frame on the point when the space is free, and beside what is there when not', async () => {
    const board = new MemoryBoard();
    const first = await writePlan(board, plan(), { at: { x: 9000, y: -4000 } });
    expect(board.absoluteBox(first.frameId)).toMatchObject({ x: 9000, y: -4000 });
    const second = await writePlan(board, plan(), { at: { x: 9000, y: -4000 } });
    const [a, b] = [board.absoluteBox(first.frameId), board.absoluteBox(second.frameId)];
    if (a === undefined || b === undefined) throw new Error('frames missing');
    const apart = Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
    expect(apart).toBe(true);
  });
});
