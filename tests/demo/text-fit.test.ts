// The demo's text wrapping: nothing lost, no line too long, the box respected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH, fitText, LINE_HEIGHT, wrapLine } from '../../src/demo/text-fit.ts';

const words = fc.array(fc.stringMatching(/^[a-zA-Z0-9é]{1,14}$/), { minLength: 0, maxLength: 30 });

describe('wrapLine', () => {
  it('keeps every character, in order, and no line is longer than the limit', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (parts, limit) => {
        const lines = wrapLine(parts.join(' '), limit);
        expect(lines.join('').replace(/\s/g, '')).toBe(parts.join(''));
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it('breaks only between words when every word fits', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 14, max: 40 }), (parts, limit) => {
        expect(wrapLine(parts.join(' '), limit).flatMap((line) => line.split(' '))).toEqual(parts);
      }),
    );
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLine('a handwritten note', 6)).toEqual(['a', 'handwr', 'itten', 'note']);
  });
});

describe('fitText', () => {
  const box = fc.record({
    width: fc.integer({ min: 20, max: 600 }),
    height: fc.integer({ min: 20, max: 600 }),
    maxFontSize: fc.integer({ min: 10, max: 60 }),
  });

  it('fits the box whenever it does not say it truncated', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 6 }), box, (lines, { width, height, maxFontSize }) => {
        const fitted = fitText(lines, { width, height, maxFontSize, minFontSize: 6 });
        expect(fitted.fontSize).toBeLessThanOrEqual(maxFontSize);
        const maxChars = Math.max(1, Math.floor(width / (fitted.fontSize * CHAR_WIDTH)));
        for (const line of fitted.lines) expect(line.length).toBeLessThanOrEqual(maxChars);
        if (!fitted.truncated) expect(fitted.lines.length * fitted.fontSize * LINE_HEIGHT).toBeLessThanOrEqual(height);
        else expect(fitted.lines.at(-1)?.endsWith('…')).toBe(true);
      }),
    );
  });

  it('shrinks the font rather than cut a word that would fit at a smaller size', () => {
    const fitted = fitText(['Box arrives with a handwritten note'], { width: 150, height: 190, maxFontSize: 28, minFontSize: 6 });
    expect(fitted.lines).toContain('handwritten');
    expect(fitted.fontSize).toBeLessThan(28);
  });

  it('keeps the largest size when the text fits', () => {
    expect(fitText(['Renew'], { width: 400, height: 90, maxFontSize: 28, minFontSize: 6 })).toEqual({ fontSize: 28, lines: ['Renew'], truncated: false });
  });
});
