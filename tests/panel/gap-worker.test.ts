// The Gaps tab's worker protocol: a reply carries exactly the report gapCheck
// gives in the page, survives the structured clone a worker's message takes,
// and a failure comes back as a one-line error, through the worker or the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { answer, oneLine, type GapReply, type GapRequest } from '../../src/panel/gaps/gap-protocol.ts';
import { slicedParts, slicedReceiver, type SlicedPart } from '../../src/panel/sliced-message.ts';
import { SLICE_ITEMS } from '../../src/model/next-task.ts';
import { createGapRunner } from '../../src/panel/gaps/gap-runner.ts';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';

function coffee(): BoardSnapshot {
  const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

const OPTIONS = { today: '2026-11-29' };
// Not a snapshot: readback fails on it with a TypeError, as a corrupt board would make it.
const BROKEN = { items: null } as unknown as BoardSnapshot;

/** A stand-in Worker doing what gapcheck.worker.ts does: each message and reply part in a task of its own, through structured clones. */
class ClonedWorker {
  static started = 0;
  static messages: SlicedPart[] = [];
  static replies: SlicedPart[] = [];
  protected readonly listeners = new Map<string, (event: { data?: unknown }) => void>();
  private readonly receive = slicedReceiver();
  constructor() {
    ClonedWorker.started += 1;
  }
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    this.listeners.set(type, listener);
  }
  postMessage(message: SlicedPart): void {
    const received = structuredClone(message);
    ClonedWorker.messages.push(received);
    setTimeout(() => {
      const request = this.receive(received) as GapRequest | undefined;
      if (request === undefined) return;
      for (const part of slicedParts(request.id, answer(request))) {
        ClonedWorker.replies.push(part);
        setTimeout(() => this.listeners.get('message')?.({ data: structuredClone(part) }), 0);
      }
    }, 0);
  }
  terminate(): void {}
}

/** A Worker whose script never loads: it reports an error and answers nothing. */
class DeadWorker extends ClonedWorker {
  override postMessage(): void {
    setTimeout(() => this.listeners.get('error')?.({}), 0);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  ClonedWorker.started = 0;
  ClonedWorker.messages = [];
  ClonedWorker.replies = [];
});

describe('the gap check worker protocol', () => {
  it('replies with the same report as gapCheck in the page, unchanged by a structured clone', () => {
    const snapshot = coffee();
    const reply = answer({ id: 7, snapshot, options: OPTIONS });
    expect(structuredClone(reply)).toStrictEqual({ id: 7, ok: true, result: gapCheck(snapshot, OPTIONS) });
    expect(reply.ok && reply.result.ok && reply.result.frame.title).toBe('Coffee subscription (hand-made)');
  });

  it('turns a throw into a one-line error reply', () => {
    const reply: GapReply = answer({ id: 3, snapshot: BROKEN, options: OPTIONS });
    expect(reply).toStrictEqual({ id: 3, ok: false, error: 'snapshot.items is not iterable' });
  });

  it('keeps only the first line of a message', () => {
    expect(oneLine(new Error('first line\n    at frame (file.ts:1:2)'))).toBe('first line');
    expect(oneLine('plain text')).toBe('plain text');
    expect(oneLine(new Error(''))).toBe('the check failed without a message');
  });
});

describe('the gap check runner', () => {
  it('runs in the page where there is no Worker (happy-dom), with the same result', async () => {
    const snapshot = coffee();
    await expect(createGapRunner().check(snapshot, OPTIONS)).resolves.toStrictEqual(gapCheck(snapshot, OPTIONS));
    await expect(createGapRunner().check(BROKEN, OPTIONS)).rejects.toThrow(/^snapshot\.items is not iterable$/);
  });

  it('runs in one worker across checks, matching replies to requests', async () => {
    vi.stubGlobal('Worker', ClonedWorker);
    const run = createGapRunner().check;
    const snapshot = coffee();
    const [first, second] = await Promise.all([run(snapshot, OPTIONS), run(snapshot, { today: '2030-01-01' })]);
    expect(first).toStrictEqual(gapCheck(snapshot, OPTIONS));
    expect(second).toStrictEqual(gapCheck(snapshot, { today: '2030-01-01' }));
    await expect(run(BROKEN, OPTIONS)).rejects.toThrow(/^snapshot\.items is not iterable$/);
    expect(ClonedWorker.started).toBe(1);
  });

  it('sends the items of a big snapshot ahead, a slice a message, and the worker checks them all in their order', async () => {
    vi.stubGlobal('Worker', ClonedWorker);
    const snapshot = coffee();
    const extra = Array.from({ length: SLICE_ITEMS * 2 }, (_, index) => ({ id: `far-${index}`, type: 'sticky_note' as const, shape: 'square' as const, x: 90_000 + index * 300, y: 90_000, width: 199, height: 228, content: '<p>Elsewhere</p>', tagIds: [] }));
    const big: BoardSnapshot = { ...snapshot, items: [...snapshot.items, ...extra] };
    await expect(createGapRunner().check(big, OPTIONS)).resolves.toStrictEqual(gapCheck(big, OPTIONS));
    const sent = ClonedWorker.messages.map((part) => (part.kind === 'slice' ? `${part.path.join('.')}: ${part.items.length}` : 'rest'));
    expect(sent).toEqual([`snapshot.items: ${SLICE_ITEMS}`, `snapshot.items: ${SLICE_ITEMS}`, `snapshot.items: ${big.items.length - 2 * SLICE_ITEMS}`, 'rest']);
    // The stickies far from the map are not in its journey: the answer is small, one message.
    expect(ClonedWorker.replies.map((part) => part.kind)).toEqual(['rest']);
  });

  it('starts its worker when warmed, before the first check, and keeps it for the check', async () => {
    vi.stubGlobal('Worker', ClonedWorker);
    const runner = createGapRunner();
    runner.warm();
    expect(ClonedWorker.started).toBe(1);
    const snapshot = coffee();
    await expect(runner.check(snapshot, OPTIONS)).resolves.toStrictEqual(gapCheck(snapshot, OPTIONS));
    expect(ClonedWorker.started).toBe(1);
  });

  it('falls back to the page when the worker cannot start, and stays there', async () => {
    vi.stubGlobal('Worker', DeadWorker);
    const run = createGapRunner().check;
    const snapshot = coffee();
    await expect(run(snapshot, OPTIONS)).resolves.toStrictEqual(gapCheck(snapshot, OPTIONS));
    await expect(run(snapshot, OPTIONS)).resolves.toStrictEqual(gapCheck(snapshot, OPTIONS));
    expect(ClonedWorker.started).toBe(1);
  });
});
