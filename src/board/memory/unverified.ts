// What docs/miro-board.md marks **unverified**, as parameters of the in-memory board
// rather than guesses: a suite runs under every answer (tests/support/unverified.ts),
// and the Board check (src/board/contract/) finds the real board's answers.
import { seededRandom } from '../../model/seeded-random.ts';
import { ruleText } from './rules.ts';

/** Which documented not-found text `sync()` throws on an item deleted meanwhile. */
export const SYNC_NOT_FOUND_TEXTS = ['cannot-find', 'can-not-retrieve', 'no-valid-id'] as const;
export type SyncNotFoundText = (typeof SYNC_NOT_FOUND_TEXTS)[number];

export interface Unverified {
  /** Whether `remove(frame)` also removes the frame's children (else they stay, top level, as orphans). */
  removeFrameRemovesChildren: boolean;
  /** Order of `get()` results and of a frame's children: as created, or a seeded shuffle (new on every call). */
  order: 'insertion' | { shuffleSeed: number };
  syncNotFoundText: SyncNotFoundText;
  /** Whether `select(filter)` adds to the selection or replaces it. */
  selectAdds: boolean;
}

/** A board made without answers: today's behaviour. Suites that touch the board run under every answer (tests/support/unverified.ts). */
export const DEFAULT_UNVERIFIED: Unverified = {
  removeFrameRemovesChildren: true,
  order: 'insertion',
  syncNotFoundText: 'cannot-find',
  selectAdds: false,
};

export function syncNotFoundMessage(text: SyncNotFoundText, id: string): string {
  switch (text) {
    case 'cannot-find':
      return ruleText.notFound(id);
    case 'can-not-retrieve':
      return ruleText.getByIdNotFound(id);
    case 'no-valid-id':
      return ruleText.noValidId;
    default: {
      const never: never = text;
      return never;
    }
  }
}

/** Puts results in the chosen order: unchanged, or shuffled by a seeded generator that moves on with every call. */
export class Orderer {
  private readonly next: () => number;

  constructor(private readonly order: Unverified['order']) {
    this.next = seededRandom(order === 'insertion' ? 0 : order.shuffleSeed);
  }

  apply<T>(items: readonly T[]): T[] {
    const result = [...items];
    if (this.order === 'insertion') return result;
    for (let i = result.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [result[i], result[j]] = [result[j] as T, result[i] as T];
    }
    return result;
  }
}
