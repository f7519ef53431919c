// How the demo paints colours: Miro's 16 named sticky colours as the hex values
// the board's legend uses too; shapes, frames and text carry hex colours already.
import { STICKY_HEX } from '../model/sticky-hex.ts';
import { isStickyColor, UNRATED_COLOR } from '../model/valence.ts';

/** An unknown colour (picked in Miro's UI, outside the 16 names) shows as the default. */
export function stickyHex(color: unknown): string {
  return STICKY_HEX[isStickyColor(color) ? color : UNRATED_COLOR];
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
