// The readback benchmark's stand-in boards: built from the plan, they must read
// back as the board the real writer leaves.
import { describe, expect, it } from 'vitest';
import { benchSnapshot, readAndCheck, writerAndPlanReadTheSame } from '../../bench/readback.ts';

describe('readback benchmark boards', () => {
  it('read back to every sticky they hold', () => {
    expect(readAndCheck(benchSnapshot(200)).journey.notes).toHaveLength(200);
  });

  it('read the same as the board the writer leaves', async () => {
    expect(await writerAndPlanReadTheSame(60)).toBe(true);
  });
});
