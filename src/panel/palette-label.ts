// How a palette is named where the panel offers it as a choice: the legend's
// wording ("classic palette"), capitalised like the panel's other labels.
import { PALETTE_LABELS } from '../model/header-text.ts';
import type { Palette } from '../model/journey.ts';

export function paletteChoiceLabel(palette: Palette): string {
  const label = PALETTE_LABELS[palette];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
