// How the demo paints Miro's 16 named sticky colours: hex values close to the
// ones Miro shows. Shapes, frames and text carry hex colours already.
import { isStickyColor, type StickyColor } from '../model/valence.ts';

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

/** An unknown colour (picked in Miro's UI, outside the 16 names) shows as the default. */
export function stickyHex(color: unknown): string {
  return STICKY_HEX[isStickyColor(color) ? color : 'light_yellow'];
}

const HEX = /^#([0-9a-f]{6})$/i;

/** A `#rrggbb` colour as given, or `undefined` for anything else (names, `transparent`, junk). */
export function hexColor(value: unknown): string | undefined {
  return typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : undefined;
}

/** Dark or light text, whichever reads on `background` (a `#rrggbb` colour). */
export function textColorOn(background: string): string {
  const match = HEX.exec(background);
  if (!match) return '#1a1a1a';
  const value = Number.parseInt(match[1] ?? '0', 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  // Perceived brightness (ITU-R BT.601 weights).
  return 0.299 * r + 0.587 * g + 0.114 * b < 140 ? '#ffffff' : '#1a1a1a';
}
