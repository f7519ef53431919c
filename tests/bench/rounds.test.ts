import { describe, expect, it } from 'vitest';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { mapBounded } from '../../src/board/calls.ts';
import { roundClock } from '../../bench/rounds.ts';

describe('roundClock', () => {
  it('counts calls made together as one round and awaited calls as the next', async () => {
    const clock = roundClock();
    const board = new MemoryBoard({ clock, latencyMs: 25 });
    await Promise.all([board.get(), board.get({ type: 'tag' }), board.getAppData('journey')]);
    expect(clock.rounds).toBe(1);
    const [frame] = await Promise.all([board.createFrame({ title: 'f' })]);
    await frame?.getChildren();
    expect(clock.rounds).toBe(3);
    expect(clock.widestRound).toBe(3);
  });

  it('counts a bounded loop of calls as calls ÷ bound rounds', async () => {
    const clock = roundClock();
    const board = new MemoryBoard({ clock, latencyMs: 25 });
    await mapBounded(Array.from({ length: 20 }, (_, index) => index), 4, () => board.viewport.get());
    expect(clock.rounds).toBe(5);
    expect(clock.widestRound).toBe(4);
  });
});
