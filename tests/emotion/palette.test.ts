import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyItemUpdates } from '../../src/board/item-updates.ts';
import type { SnapshotItem } from '../../src/snapshot/snapshot.ts';
import { findLegend } from '../../src/emotion/legend.ts';
import { paletteSwitchUpdates } from '../../src/emotion/palette-switch.ts';
import { recolourTargets } from '../../src/emotion/targets.ts';
import { STICKY_HEX } from '../../src/model/sticky-hex.ts';
import { legendLines } from '../../src/model/header-text.ts';
import { htmlToText, textToHtml } from '../../src/model/html.ts';
import type { Palette } from '../../src/model/journey.ts';
import { PALETTE_COLORS, STICKY_COLORS, VALENCE_EMOJI, VALENCE_LABELS, VALENCE_LEVELS } from '../../src/model/valence.ts';
import type { BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { boardOf, colours, workshopSnapshot, type StickySpec } from './boards.ts';

/** A text's height is Miro's to compute from its content (read-only), so the round trip compares everything else. */
function withoutTextHeights(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => (item.type === 'text' ? { ...item, height: undefined } : item)) };
}

function legendItems(palette: Palette): SnapshotItem[] {
  const title: SnapshotItem = { id: 'lg', type: 'text', parentId: 'f1', x: 3700, y: 100, width: 320, rotation: 0, style: {}, content: textToHtml(legendLines(palette).join('\n')) };
  const swatches = VALENCE_LEVELS.map((level, index) => ({
    id: `sw${level}`,
    type: 'shape' as const,
    shape: 'round_rectangle',
    parentId: 'f1',
    x: 3700,
    y: 160 + index * 56,
    width: 320,
    height: 46,
    rotation: 0,
    content: textToHtml(`${VALENCE_EMOJI[`${level}`]} ${VALENCE_LABELS[`${level}`]}`),
    style: { fillColor: STICKY_HEX[PALETTE_COLORS[palette][`${level}`]] },
  }));
  return [title, ...swatches];
}

async function switchTo(board: ReturnType<typeof boardOf>, to: Palette): Promise<void> {
  const targets = recolourTargets(board.toSnapshot(), { scope: 'frame', selectedIds: [] });
  if (!targets.ok) throw new Error(targets.message);
  await applyItemUpdates(board, paletteSwitchUpdates({ items: targets.frameItems, legend: targets.legend, to }));
}

describe('palettes', () => {
  it('the legend names the palette, and finds its swatches by their labels', () => {
    const legend = findLegend(legendItems('colour-blind'));
    expect(legend.palette).toBe('colour-blind');
    expect(legend.titleIds).toEqual(['lg']);
    expect(legend.swatches.map((swatch) => swatch.level)).toEqual([...VALENCE_LEVELS]);
    expect(findLegend([]).palette).toBe('classic');
    const stage: SnapshotItem = { id: 'h1', type: 'shape', shape: 'round_rectangle', parentId: 'f1', x: 500, y: 100, width: 400, height: 100, content: '<p>Choose a palette</p>' };
    expect(findLegend([stage, ...legendItems('colour-blind')]).titleIds).toEqual(['lg']);
  });

  it('switching moves every palette-coloured sticky to the same level, leaves the rest, rewrites the legend', async () => {
    const specs: StickySpec[] = [{ text: '😡 a', color: 'red' }, { text: 'b', color: 'light_green' }, { text: 'c' }, { text: 'd', color: 'pink' }];
    const board = boardOf(workshopSnapshot(specs, legendItems('classic')));
    await switchTo(board, 'colour-blind');
    expect(colours(board)).toEqual({ s1: 'orange', s2: 'light_blue', s3: 'light_yellow', s4: 'pink' });
    expect(board.item('s1')).toMatchObject({ content: '<p>😡 a</p>' });
    expect(htmlToText(String((board.item('lg') as { content: string }).content))).toBe(legendLines('colour-blind').join('\n'));
    expect((board.item('sw2') as { style: { fillColor: string } }).style.fillColor).toBe(STICKY_HEX.dark_blue);
  });

  it('classic → colour-blind → classic restores every colour (property)', async () => {
    // A classic map holds classic colours and others (pink, violet…), not the colours
    // only the colour-blind palette uses: those would read as classic levels.
    const cbOnly = Object.values(PALETTE_COLORS['colour-blind']).filter((color) => !Object.values(PALETTE_COLORS.classic).includes(color));
    const colour = fc.constantFrom(...STICKY_COLORS.filter((color) => !cbOnly.includes(color)));
    await fc.assert(
      fc.asyncProperty(fc.array(colour, { minLength: 1, maxLength: 10 }), async (picked) => {
        const board = boardOf(workshopSnapshot(picked.map((color) => ({ text: 'x', color })), legendItems('classic')));
        const before = withoutTextHeights(board.toSnapshot());
        await switchTo(board, 'colour-blind');
        await switchTo(board, 'classic');
        expect(withoutTextHeights(board.toSnapshot())).toEqual(before);
      }),
      { numRuns: 80 },
    );
  });
});
