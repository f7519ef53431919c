// The map's legend as the layout writes it (src/layout/header.ts): a title
// naming the palette (`legendTitle`) and one swatch shape per level labelled
// "😡 Very negative" … Reading it tells which palette the map uses; switching
// palette rewrites the title and repaints the swatches.
import { isShape, isText, type SnapshotItem } from '../snapshot/snapshot.ts';
import { STICKY_HEX } from '../model/sticky-hex.ts';
import { legendLines, readLegendPalette } from '../model/header-text.ts';
import { htmlToLines, textToHtml } from '../model/html.ts';
import type { Palette } from '../model/journey.ts';
import { PALETTE_COLORS, VALENCE_LABELS, parseValenceMarker, type RatedValence } from '../model/valence.ts';

export interface Legend {
  /** The palette the legend names; classic when the frame has no legend. */
  palette: Palette;
  titleIds: string[];
  swatches: { id: string; level: RatedValence }[];
}

/** The level a swatch's first line names, when it is all a level's marker and label ("😡 Very negative"). */
function swatchLevel(line: string): RatedValence | null {
  const marker = parseValenceMarker(line);
  if (marker === null) return null;
  return marker.rest.toLowerCase() === VALENCE_LABELS[`${marker.valence}`].toLowerCase() ? marker.valence : null;
}

/** The legend among a frame's children (or any items). */
export function findLegend(items: readonly SnapshotItem[]): Legend {
  let palette: Palette | null = null;
  const titleIds: string[] = [];
  const swatches: Legend['swatches'] = [];
  for (const item of items) {
    if (!isText(item) && !isShape(item)) continue;
    const line = htmlToLines(item.content)[0] ?? '';
    // Swatches are shapes; a text item is at most the legend's title.
    const level = isShape(item) ? swatchLevel(line) : null;
    if (level !== null) {
      swatches.push({ id: item.id, level });
      continue;
    }
    // Only a line that says "legend": a stage titled "Choose a palette" is no legend to rewrite.
    if (!/\blegend\b/i.test(line)) continue;
    const named = readLegendPalette(line);
    if (named === null) continue;
    palette ??= named;
    titleIds.push(item.id);
  }
  return { palette: palette ?? 'classic', titleIds, swatches };
}

/** What the legend's items must become for `palette`: new title text, swatches in the new colours. */
export function legendPatches(legend: Legend, palette: Palette): { id: string; after: { content?: string; fillColor?: string } }[] {
  return [
    ...legend.titleIds.map((id) => ({ id, after: { content: textToHtml(legendLines(palette).join('\n')) } })),
    ...legend.swatches.map(({ id, level }) => ({ id, after: { fillColor: STICKY_HEX[PALETTE_COLORS[palette][`${level}`]] } })),
  ];
}
