// Colours the layout paints with. Sticky colours are names on the board; shapes
// take hex, so legend swatches use the hex Miro shows for each sticky name.
import type { StickyColor } from '../model/valence.ts';

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
  violet: '#c6a2d2',
  red: '#f0939d',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff',
  black: '#000000',
};

export const INK = '#1a1a1a';
export const PAPER = '#ffffff';
export const STAGE_FILL = '#3c3a8c';
export const LANE_FILL = '#eeeef6';
export const EMOTION_LANE_FILL = '#fde9d9';
export const CURVE_COLOR = '#e0603a';
