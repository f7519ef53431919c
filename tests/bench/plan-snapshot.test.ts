import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { parseSnapshot } from '../../src/snapshot/snapshot.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { compareStickies } from '../../bench/insert.ts';
import { generateJourney } from '../../bench/journeys.ts';
import { snapshotFromPlan } from '../../bench/plan-snapshot.ts';
import { noteKeys, readAndCheck } from '../../bench/readback.ts';

const plan = layoutJourney(generateJourney({ kind: 'current-state', stages: 3, lanes: 5, notes: 24 }));

describe('snapshotFromPlan', () => {
  it('is a valid snapshot: one frame holding every planned child, each tag once', () => {
    const snapshot = snapshotFromPlan(plan);
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(parsed.ok && parsed.warnings).toEqual([]);
    const frames = snapshot.items.filter((item) => item.type === 'frame');
    const tags = snapshot.items.filter((item) => item.type === 'tag').map((item) => (item as { title: string }).title);
    expect(frames).toHaveLength(1);
    expect(snapshot.items.filter((item) => item.parentId === frames[0]?.id)).toHaveLength(plan.children.length);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('reads back like the board the real writer leaves', async () => {
    const board = new MemoryBoard();
    await writePlan(board, plan);
    const fromWriter = readAndCheck(board.toSnapshot());
    const fromPlan = readAndCheck(snapshotFromPlan(plan));
    expect(fromPlan.journey.notes).toHaveLength(24);
    expect(noteKeys(fromPlan.journey)).toEqual(noteKeys(fromWriter.journey));
    expect(fromPlan.findings).toBe(fromWriter.findings);
  });
});

describe('compareStickies', () => {
  it('finds nothing missing or doubled on a faithful board, and counts what is', () => {
    const snapshot = snapshotFromPlan(plan);
    expect(compareStickies(plan, { items: snapshot.items, frameId: 'frame-1' })).toEqual({ onBoard: 24, missing: 0, duplicates: 0 });
    const stickies = snapshot.items.filter((item) => item.type === 'sticky_note');
    const [first, second] = stickies;
    const edited = [...snapshot.items.filter((item) => item !== second), { ...first!, id: 'copy' }];
    expect(compareStickies(plan, { items: edited, frameId: 'frame-1' })).toEqual({ onBoard: 24, missing: 1, duplicates: 1 });
  });
});
