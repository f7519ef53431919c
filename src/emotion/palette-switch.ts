// Switching a map's palette: every sticky wearing a colour of the old palette
// moves to the same level's colour in the new one (markers untouched; unrated
// and other colours stay), and the legend's title and swatches follow.
import type { ItemUpdate } from '../board/item-updates.ts';
import { isSticky, type SnapshotItem } from '../snapshot/snapshot.ts';
import type { Palette } from '../model/journey.ts';
import { colorForValence, valenceForColor } from '../model/valence.ts';
import { legendPatches, type Legend } from './legend.ts';

export interface PaletteSwitch {
  items: readonly SnapshotItem[];
  legend: Legend;
  to: Palette;
}

export function paletteSwitchUpdates({ items, legend, to }: PaletteSwitch): ItemUpdate[] {
  const updates: ItemUpdate[] = [];
  for (const item of items) {
    if (!isSticky(item)) continue;
    const level = valenceForColor(item.style?.fillColor, legend.palette);
    if (typeof level !== 'number') continue;
    const color = colorForValence(level, to);
    if (color !== item.style?.fillColor) updates.push({ id: item.id, after: { fillColor: color } });
  }
  return [...updates, ...legendPatches(legend, to)];
}
