// The hex colour Miro shows for each of the 16 sticky colour names, for what
// must paint a sticky's colour where only hex is accepted (shapes: the legend
// swatches) or drawn (the demo board, the panel's preview).
import type { StickyColor } from './valence.ts';

export const STICKY_HEX: Record<StickyColor, string> = {
  gray: '#e6e6e6',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#be88c7',
  red: '#f24726',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#414bb2',
  black: '#1a1a1a',
};
