// Counts sequential round trips. The in-memory board makes every SDK call
// sleep on its clock for the latency; this clock wakes all sleepers together
// once the program has nothing else to do, so calls made at the same time
// share one round, and a call that waits for another's answer starts the next.
// The number of rounds is then the length of the longest chain of awaited
// calls: what a user waits for, latency × rounds, whatever the CPU does.
import type { Clock } from '../src/board/clock.ts';

export interface RoundClock extends Clock {
  /** Rounds completed so far. */
  readonly rounds: number;
  /** The most calls that were in flight in one round. */
  readonly widestRound: number;
}

/** A clock for round counting: `now()` moves `msPerRound` per round. */
export function roundClock(msPerRound = 1): RoundClock {
  let rounds = 0;
  let widest = 0;
  let sleepers: (() => void)[] = [];
  const wake = () => {
    const waking = sleepers;
    sleepers = [];
    rounds += 1;
    widest = Math.max(widest, waking.length);
    for (const resolve of waking) resolve();
  };
  return {
    get rounds() {
      return rounds;
    },
    get widestRound() {
      return widest;
    },
    now: () => rounds * msPerRound,
    sleep: () =>
      new Promise<void>((resolve) => {
        // setImmediate runs after every pending promise job: all calls started
        // by the code that is running now join this round.
        if (sleepers.length === 0) setImmediate(wake);
        sleepers.push(resolve);
      }),
  };
}
