// The in-memory board's call machinery: credits per minute and per hour,
// latency (calls overlap), injected failures and the call log. Time is a
// FakeClock, never the wall clock.
import { describe, expect, it } from 'vitest';
import { classifyError } from '../../src/board/errors.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { ruleText } from '../../src/board/memory/rules.ts';
import { FakeClock } from '../support/clock.ts';

const MINUTE_TEXT = 'The API rate limit was exceeded. Requests can use up to 100000 credits in total per minute.';
const HOUR_TEXT = 'The API rate limit was exceeded. Requests can use up to 1000000 credits in total per hour.';

async function spend(board: MemoryBoard, calls: number): Promise<void> {
  for (let index = 0; index < calls; index++) await board.viewport.get();
}

describe('MemoryBoard credits', () => {
  it('allows 2,000 calls of 50 credits a minute and fails the 2,001st with the rate-limit error', async () => {
    const clock = new FakeClock();
    const board = new MemoryBoard({ clock });
    await spend(board, 2000);
    const error = await board.viewport.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(MINUTE_TEXT);
    expect(ruleText.rateLimit(100_000, 'minute')).toBe(MINUTE_TEXT);
    expect(classifyError(error).kind === 'rate-minute').toBe(true);
  });

  it('spends nothing on a refused call, and calls succeed again once the minute has passed', async () => {
    const clock = new FakeClock();
    const board = new MemoryBoard({ clock });
    await spend(board, 2000);
    await clock.advance(30_000);
    await expect(board.viewport.get()).rejects.toThrow(MINUTE_TEXT);
    await clock.advance(29_999);
    await expect(board.viewport.get()).rejects.toThrow(MINUTE_TEXT);
    await clock.advance(1);
    await expect(board.viewport.get()).resolves.toBeDefined();
    // The window slides: one more call fits only because the first 2,000 left it.
    await spend(board, 1999);
    await expect(board.createTag({ title: 'late' })).rejects.toThrow(MINUTE_TEXT);
  });

  it('counts calls spread over a minute in a sliding window', async () => {
    const clock = new FakeClock();
    const board = new MemoryBoard({ clock, creditsPerMinute: 500 }); // 10 calls
    for (let index = 0; index < 10; index++) {
      await board.viewport.get();
      await clock.advance(10_000);
    }
    // Calls at 0 s … 90 s; now is 100 s: a call exactly a minute old has left,
    // so the calls at 50 s … 90 s (5) are in the window and 5 more fit.
    await spend(board, 5);
    await expect(board.viewport.get()).rejects.toThrow('The API rate limit was exceeded. Requests can use up to 500 credits in total per minute.');
  });

  it('enforces 1,000,000 credits an hour, and frees them an hour later', async () => {
    const clock = new FakeClock();
    const board = new MemoryBoard({ clock });
    for (let minute = 0; minute < 10; minute++) {
      await spend(board, 2000);
      await clock.advance(60_000);
    }
    await expect(board.viewport.get()).rejects.toThrow(HOUR_TEXT);
    await clock.advance(60 * 60_000 - 10 * 60_000);
    await expect(board.viewport.get()).resolves.toBeDefined();
  });

  it('charges every kind of call, including metadata and sync: 50 each', async () => {
    const board = new MemoryBoard({ clock: new FakeClock(), creditsPerMinute: 250 }); // 5 calls
    const sticky = await board.createStickyNote({});
    await sticky.setMetadata('k', 1);
    await sticky.getMetadata('k');
    await sticky.sync();
    await board.getById(sticky.id);
    await expect(board.viewport.get()).rejects.toThrow('The API rate limit was exceeded');
  });

  it('charges 500 for get, getSelection and frame.getChildren (docs/miro-board.md "Rate limits")', async () => {
    const board = new MemoryBoard({ clock: new FakeClock(), creditsPerMinute: 1550 });
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 }); // 50
    await board.get(); // 550
    await board.getSelection(); // 1050
    await frame.getChildren(); // 1550
    await expect(board.getById(frame.id)).rejects.toThrow('Requests can use up to 1550 credits in total per minute.');
  });
});

describe('MemoryBoard latency', () => {
  it('delays each call by latencyMs, and concurrent calls overlap (N calls take one latency)', async () => {
    const clock = new FakeClock(1_000);
    const board = new MemoryBoard({ clock, latencyMs: 120 });
    let done = 0;
    const calls = Array.from({ length: 25 }, (_, index) => board.createStickyNote({ x: index * 250 }).then(() => done++));
    await clock.advance(119);
    expect(done).toBe(0);
    expect(board.allItems()).toHaveLength(0);
    await clock.advance(1);
    await Promise.all(calls);
    expect(done).toBe(25);
    expect(clock.now()).toBe(1_120);
  });

  it('runs sequential calls one latency after another', async () => {
    const clock = new FakeClock();
    const board = new MemoryBoard({ clock, latencyMs: 50 });
    await clock.run(
      (async () => {
        for (let index = 0; index < 4; index++) await board.createShape({});
      })(),
    );
    expect(clock.now()).toBe(200);
  });

  it('can change latency between calls', async () => {
    const clock = new FakeClock();
    const board = new MemoryBoard({ clock });
    await board.get();
    expect(clock.now()).toBe(0);
    board.latencyMs = 30;
    expect(board.latencyMs).toBe(30);
    await clock.run(board.get());
    expect(clock.now()).toBe(30);
  });
});

describe('MemoryBoard failOn and call log', () => {
  it('fails exactly the Nth call with the injected-failure text', async () => {
    const board = new MemoryBoard({ failOn: 3 });
    await board.createFrame({});
    await board.createShape({});
    await expect(board.createStickyNote({})).rejects.toThrow('Injected failure on call #3 (createStickyNote)');
    await expect(board.createStickyNote({})).resolves.toMatchObject({ type: 'sticky_note' });
    expect(board.allItems().map((item) => item.type)).toEqual(['frame', 'shape', 'sticky_note']);
  });

  it('fails the calls a predicate picks, and a failed call changes nothing', async () => {
    const board = new MemoryBoard({ failOn: (call) => call.method === 'remove' });
    const sticky = await board.createStickyNote({});
    await expect(board.remove(sticky)).rejects.toThrow('Injected failure on call #2 (remove)');
    expect(board.item(sticky.id)).toBeDefined();
    board.failOn = undefined;
    await board.remove(sticky);
    expect(board.item(sticky.id)).toBeUndefined();
  });

  it('injected failures are not mistaken for the rate limit', async () => {
    const board = new MemoryBoard({ failOn: 1 });
    const error = await board.get().catch((caught: unknown) => caught);
    expect(classifyError(error).kind === 'rate-minute').toBe(false);
  });

  it('records every call, failed ones included, with its item id', async () => {
    const board = new MemoryBoard({ failOn: 4 });
    const frame = await board.createFrame({ width: 500, height: 500 });
    const sticky = await board.createStickyNote({});
    await frame.add(sticky);
    await expect(sticky.sync()).rejects.toThrow('Injected failure on call #4 (sync)');
    await frame.getChildren();
    expect(board.calls).toEqual([
      { index: 1, method: 'createFrame' },
      { index: 2, method: 'createStickyNote' },
      { index: 3, method: 'frame.add', itemId: sticky.id },
      { index: 4, method: 'sync', itemId: sticky.id },
      { index: 5, method: 'frame.getChildren', itemId: frame.id },
    ]);
    expect(board.callCount()).toBe(5);
    expect(board.callCount('sync')).toBe(1);
  });
});
