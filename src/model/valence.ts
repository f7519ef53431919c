// Valence ↔ sticky colour ↔ emoji marker: the rules shared by layout, readback
// and the emotion tools, so a map reads back exactly as it was written.
import type { Palette, Valence } from './journey.ts';

export const VALENCE_LEVELS = [-2, -1, 0, 1, 2] as const;
export type RatedValence = (typeof VALENCE_LEVELS)[number];

/** The 16 sticky-note colour names the Web SDK accepts (docs/miro-board.md). */
export const STICKY_COLORS = [
  'gray',
  'light_yellow',
  'yellow',
  'orange',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'light_pink',
  'pink',
  'violet',
  'red',
  'light_blue',
  'blue',
  'dark_blue',
  'black',
] as const;
export type StickyColor = (typeof STICKY_COLORS)[number];

export function isStickyColor(value: unknown): value is StickyColor {
  return typeof value === 'string' && (STICKY_COLORS as readonly string[]).includes(value);
}

/** The default sticky colour: a sticky nobody coloured reads as unrated. */
export const UNRATED_COLOR: StickyColor = 'light_yellow';

type PaletteColors = Record<`${RatedValence}`, StickyColor>;

export const PALETTE_COLORS: Record<Palette, PaletteColors> = {
  classic: { '-2': 'red', '-1': 'orange', '0': 'gray', '1': 'light_green', '2': 'green' },
  // Orange → dark blue: the warm/cool split survives red-green colour blindness,
  // and lightness separates the levels. Not `blue` for +2: Miro's blue sticky is
  // a light cyan almost as light as light_blue, and under simulated protanopia
  // the two are nearly identical (README, "Emotions": the comparison).
  'colour-blind': { '-2': 'orange', '-1': 'yellow', '0': 'gray', '1': 'light_blue', '2': 'dark_blue' },
};

export function colorForValence(valence: Valence, palette: Palette): StickyColor {
  return valence === null ? UNRATED_COLOR : PALETTE_COLORS[palette][`${valence as RatedValence}`];
}

/**
 * The valence a sticky colour stands for in a palette: a number, `null` for the
 * unrated default colour, or `undefined` when the colour carries no valence in
 * this palette (pink, violet, an unknown colour picked in Miro's UI…).
 */
export function valenceForColor(color: unknown, palette: Palette): Valence | undefined {
  if (color === UNRATED_COLOR) return null;
  for (const level of VALENCE_LEVELS) {
    if (PALETTE_COLORS[palette][`${level}`] === color) return level;
  }
  return undefined;
}

/** The canonical emoji of each level, written at the start of a sticky's text. */
export const VALENCE_EMOJI: Record<`${RatedValence}`, string> = {
  '-2': '😡',
  '-1': '😟',
  '0': '😐',
  '1': '🙂',
  '2': '😍',
};

const EMOJI_VALENCE: ReadonlyMap<string, RatedValence> = new Map([
  ...(['😡', '😠', '🤬', '😤', '😭', '😫', '😩', '😖'] as const).map((emoji) => [emoji, -2] as const),
  ...(['😟', '🙁', '☹', '😞', '😕', '😒', '😣', '😔', '😢', '👎'] as const).map((emoji) => [emoji, -1] as const),
  ...(['😐', '😶', '😑'] as const).map((emoji) => [emoji, 0] as const),
  ...(['🙂', '😀', '😃', '😊', '😄', '☺', '😌', '👍'] as const).map((emoji) => [emoji, 1] as const),
  ...(['😍', '🤩', '🥰', '😁', '🥳', '❤'] as const).map((emoji) => [emoji, 2] as const),
]);

export const VALENCE_LABELS: Record<`${RatedValence}`, string> = {
  '-2': 'Very negative',
  '-1': 'Negative',
  '0': 'Neutral',
  '1': 'Positive',
  '2': 'Very positive',
};

export interface ValenceMarker {
  valence: RatedValence;
  /** The text after the marker, trimmed at the start. */
  rest: string;
}

// `(+2)`, `(-1)`, `(0)`, `(2)`, with an ASCII or Unicode minus, spaces allowed.
const NUMBER_MARKER = /^\(\s*([+\-−]?)\s*([0-2])\s*\)/u;
// An emoji, optionally followed by the variation selector U+FE0F and a skin tone (👍🏽).
const EMOJI_MARKER = /^(\p{Extended_Pictographic})(?:\uFE0F|\p{Emoji_Modifier})*/u;

/** The explicit valence marker at the start of a text, if any. */
export function parseValenceMarker(text: string): ValenceMarker | null {
  const start = text.trimStart();
  const numeric = NUMBER_MARKER.exec(start);
  if (numeric) {
    const sign = numeric[1] === '-' || numeric[1] === '−' ? -1 : 1;
    const value = sign * Number(numeric[2]);
    return { valence: (value === 0 ? 0 : value) as RatedValence, rest: start.slice(numeric[0].length).trimStart() };
  }
  const emoji = EMOJI_MARKER.exec(start);
  const level = emoji ? EMOJI_VALENCE.get(emoji[1] ?? '') : undefined;
  if (emoji && level !== undefined) {
    return { valence: level, rest: start.slice(emoji[0].length).trimStart() };
  }
  return null;
}

/** The text with `valence`'s canonical emoji in front, replacing any marker already there. */
export function withValenceMarker(text: string, valence: RatedValence): string {
  const rest = parseValenceMarker(text)?.rest ?? text.trimStart();
  return `${VALENCE_EMOJI[`${valence}`]} ${rest}`;
}

/**
 * A sticky whose marker and palette colour both say a level and disagree.
 * Readback takes the colour (the visible, later edit: the app always writes
 * the two in agreement); the gap check reports it as `valence-conflict`.
 */
export interface ValenceConflict {
  noteId: string;
  marker: RatedValence;
  colour: RatedValence;
  /** The sticky's colour name. */
  color: string;
}

/** "+1", "0", "−2" (a real minus sign), as the gap check writes levels. */
export function levelText(level: RatedValence): string {
  return level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0';
}
