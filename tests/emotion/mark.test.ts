import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSticky } from '../../src/snapshot/snapshot.ts';
import { applyItemUpdates } from '../../src/board/item-updates.ts';
import { markUpdates, markedContent } from '../../src/emotion/mark.ts';
import { planRecolourAll } from '../../src/emotion/recolour-all.ts';
import { loadTextScorer } from '../../src/emotion/sentiment.ts';
import { recolourTargets } from '../../src/emotion/targets.ts';
import { htmlToLines, textToHtml } from '../../src/model/html.ts';
import { VALENCE_LEVELS, parseValenceMarker } from '../../src/model/valence.ts';
import { boardOf, colours, workshopSnapshot } from './boards.ts';

describe('marking the selection', () => {
  it('adds the marker on the first line, keeping every line', () => {
    expect(markedContent('<p>Checkout &amp; pay</p><p>second line</p>', { level: -2, addMarker: true })).toBe('<p>😡 Checkout &amp; pay</p><p>second line</p>');
  });

  it('replaces a marker already there, even with the option off', () => {
    expect(markedContent('<p>🙂 Fine</p>', { level: -1, addMarker: false })).toBe('<p>😟 Fine</p>');
    expect(markedContent('<p>(+2) Fine</p>', { level: 0, addMarker: false })).toBe('<p>😐 Fine</p>');
  });

  it('leaves the text alone when there is nothing to change', () => {
    expect(markedContent('<p>No marker</p>', { level: 1, addMarker: false })).toBeNull();
    expect(markedContent('<p>🙂 Fine</p>', { level: 1, addMarker: true })).toBeNull();
    expect(markedContent('<p>🙂 Fine</p>', { level: 1, addMarker: false })).toBeNull();
  });

  it('never loses text and the marker always reads back as the level (property)', () => {
    const line = fc.stringMatching(/^[^\n<>&]{0,20}$/).map((text) => text.trim());
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom(...VALENCE_LEVELS), (lines, level) => {
        const content = textToHtml(lines.join('\n'));
        const marked = markedContent(content, { level, addMarker: true }) ?? content;
        const out = htmlToLines(marked);
        expect(parseValenceMarker(out[0] ?? '')?.valence).toBe(level);
        const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
        const original = htmlToLines(content).join(' ');
        const rest = [parseValenceMarker(out[0] ?? '')?.rest ?? '', ...out.slice(1)].join(' ');
        expect(words(rest)).toEqual(words(parseValenceMarker(original)?.rest ?? original));
      }),
    );
  });

  it('colours the selected stickies, and a recolour afterwards keeps the mark', async () => {
    const snapshot = workshopSnapshot([{ text: 'I love it' }, { text: 'Opens the app' }]);
    const board = boardOf(snapshot);
    const stickies = snapshot.items.filter(isSticky);
    await applyItemUpdates(board, markUpdates(stickies, { level: -2, palette: 'classic', addMarker: true }));
    expect(colours(board)).toEqual({ s1: 'red', s2: 'red' });
    const targets = recolourTargets(board.toSnapshot(), { scope: 'frame', selectedIds: [] });
    if (!targets.ok) throw new Error(targets.message);
    expect(planRecolourAll(targets, { scoreText: await loadTextScorer(), recomputeFromText: true }).updates).toEqual([]);
  });
});
