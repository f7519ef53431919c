import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedDice, dice, normaliseText } from '../../../src/analysis/compare/similarity.ts';
import { greedyPairs } from '../../../src/analysis/compare/greedy.ts';

describe('dice', () => {
  it('scores shared bigrams over all bigrams, after normalising case, punctuation and spacing', () => {
    expect(dice('night', 'nacht')).toBe(0.25); // ni ig gh ht / na ac ch ht: one shared of eight
    expect(dice('Sign-up!', '  sign   UP')).toBe(1);
    expect(dice('a', 'b')).toBe(0);
    expect(dice('', '')).toBe(1);
    expect(normaliseText(' Pain-points: “Late” ')).toBe('pain points late');
  });

  it('is symmetric, within 0…1, 1 for a text with itself, and the cached form agrees', () => {
    const cached = cachedDice();
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const score = dice(a, b);
        expect(score).toBe(dice(b, a));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(dice(a, a)).toBe(1);
        expect(cached(a, b)).toBe(score);
      }),
      { numRuns: 300 },
    );
  });
});

describe('greedyPairs', () => {
  it('takes the best score first, each side once, ties in candidate order', () => {
    const chosen = greedyPairs([
      { left: 'a', right: 'x', score: 0.7 },
      { left: 'a', right: 'y', score: 0.9 },
      { left: 'b', right: 'y', score: 0.95 },
      { left: 'b', right: 'x', score: 0.7 },
      { left: 'c', right: 'x', score: 0.7 },
    ]);
    expect(chosen.map((pair) => `${pair.left}${pair.right}`)).toEqual(['by', 'ax']);
  });
});
