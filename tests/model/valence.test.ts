// Valence markers at the start of a sticky's text, and valence ↔ colour.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/model/journey.ts';
import {
  STICKY_COLORS,
  VALENCE_EMOJI,
  VALENCE_LEVELS,
  colorForValence,
  parseValenceMarker,
  valenceForColor,
  withValenceMarker,
  type RatedValence,
} from '../../src/model/valence.ts';
import { textArbitrary } from '../support/journeys.ts';

const EMOJI_VARIANTS: Record<`${RatedValence}`, string[]> = {
  '-2': ['😡', '😠', '🤬', '😤', '😭', '😫', '😩', '😖'],
  '-1': ['😟', '🙁', '☹', '☹️', '😞', '😕', '😒', '😣', '😔', '😢', '👎', '👎🏽'],
  '0': ['😐', '😶', '😑'],
  '1': ['🙂', '😀', '😃', '😊', '😄', '☺', '☺️', '😌', '👍', '👍🏻'],
  '2': ['😍', '🤩', '🥰', '😁', '🥳', '❤', '❤️'],
};

describe('parseValenceMarker', () => {
  it('reads every emoji variant, with or without a space after it', () => {
    for (const level of VALENCE_LEVELS) {
      for (const emoji of EMOJI_VARIANTS[`${level}`]) {
        expect(parseValenceMarker(`${emoji} Waits for the courier`)).toEqual({ valence: level, rest: 'Waits for the courier' });
        expect(parseValenceMarker(`${emoji}Waits`)).toEqual({ valence: level, rest: 'Waits' });
      }
      expect(EMOJI_VARIANTS[`${level}`]).toContain(VALENCE_EMOJI[`${level}`]);
    }
  });

  it('reads numeric markers: (+2) (2) (-1) (−1) with a Unicode minus, (0), spaces inside', () => {
    expect(parseValenceMarker('(+2) Loves it')).toEqual({ valence: 2, rest: 'Loves it' });
    expect(parseValenceMarker('(2)Loves it')).toEqual({ valence: 2, rest: 'Loves it' });
    expect(parseValenceMarker('(-1) Slow form')).toEqual({ valence: -1, rest: 'Slow form' });
    expect(parseValenceMarker('(−1) Slow form')).toEqual({ valence: -1, rest: 'Slow form' });
    expect(parseValenceMarker('( − 2 ) Lost parcel')).toEqual({ valence: -2, rest: 'Lost parcel' });
    expect(parseValenceMarker('(0) Reads the FAQ')).toEqual({ valence: 0, rest: 'Reads the FAQ' });
    expect(parseValenceMarker('(-0) Reads the FAQ')).toEqual({ valence: 0, rest: 'Reads the FAQ' });
    expect(parseValenceMarker('   (+1)   leading space')).toEqual({ valence: 1, rest: 'leading space' });
    expect(parseValenceMarker('(+1)')).toEqual({ valence: 1, rest: '' });
  });

  it('finds no marker in ordinary text, other emoji, out-of-range numbers or a marker later in the text', () => {
    for (const text of ['', 'Sees an ad', '(3) three', '(+10) ten', '(-3) minus three', '( +1 unclosed', '(a) list item', '🦄 unicorn', '🚚 truck', 'Great 😍', 'x (+2)']) {
      expect(parseValenceMarker(text)).toBeNull();
    }
  });
});

describe('withValenceMarker', () => {
  it('puts the canonical emoji in front', () => {
    expect(withValenceMarker('Box arrives', 2)).toBe('😍 Box arrives');
    expect(withValenceMarker('  Box arrives', -2)).toBe('😡 Box arrives');
  });

  it('replaces an existing emoji or numeric marker', () => {
    expect(withValenceMarker('(+2) nice', -1)).toBe('😟 nice');
    expect(withValenceMarker('😡 bad', 2)).toBe('😍 bad');
    expect(withValenceMarker('👍🏽 ok', 0)).toBe('😐 ok');
  });

  it('is read back as the valence it wrote, keeping the text (property)', () => {
    fc.assert(
      fc.property(textArbitrary(), fc.constantFrom(...VALENCE_LEVELS), fc.constantFrom(...VALENCE_LEVELS), (text, first, second) => {
        const marked = withValenceMarker(withValenceMarker(text, first), second);
        expect(parseValenceMarker(marked)).toEqual({ valence: second, rest: text });
      }),
    );
  });
});

describe('colour ↔ valence', () => {
  it('maps each level to a distinct sticky colour and back, in both palettes', () => {
    for (const palette of PALETTES) {
      const colors = VALENCE_LEVELS.map((level) => colorForValence(level, palette));
      expect(new Set(colors).size).toBe(5);
      for (const level of VALENCE_LEVELS) expect(valenceForColor(colorForValence(level, palette), palette)).toBe(level);
      expect(colorForValence(null, palette)).toBe('light_yellow');
      expect(valenceForColor('light_yellow', palette)).toBeNull();
      expect(colors.every((color) => (STICKY_COLORS as readonly string[]).includes(color))).toBe(true);
    }
  });

  it('gives no valence for colours outside the palette or unknown colours', () => {
    expect(valenceForColor('violet', 'classic')).toBeUndefined();
    expect(valenceForColor('unknown', 'colour-blind')).toBeUndefined();
    expect(valenceForColor(undefined, 'classic')).toBeUndefined();
  });
});
