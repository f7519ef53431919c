// Why the colour-blind palette is orange, yellow, gray, light blue, dark blue:
// under simulated protanopia and deuteranopia (Machado, Oliveira & Fernandes
// 2009, severity 1) every two of its colours, and each against the unrated
// light yellow, stay clearly apart (CIE76 ΔE ≥ 15), using the hex values the
// layout paints legend swatches with. Miro's `blue` sticky would not: it is
// nearly the same colour as `light_blue` for protan and deutan eyes.
import { describe, expect, it } from 'vitest';
import { STICKY_HEX } from '../../src/model/sticky-hex.ts';
import { PALETTE_COLORS, UNRATED_COLOR, type StickyColor } from '../../src/model/valence.ts';

type Vec = [number, number, number];
const MATRICES: Record<'protanopia' | 'deuteranopia', [Vec, Vec, Vec]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
};

const linear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const clamp = (value: number) => Math.min(1, Math.max(0, value));

function linearRgb(hex: string): Vec {
  return [1, 3, 5].map((at) => linear(Number.parseInt(hex.slice(at, at + 2), 16) / 255)) as Vec;
}

function lab([r, g, b]: Vec): Vec {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(color: StickyColor, deficiency: keyof typeof MATRICES): Vec {
  const rgb = linearRgb(STICKY_HEX[color]);
  return lab(MATRICES[deficiency].map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Vec);
}

function closestPair(colors: readonly StickyColor[], deficiency: keyof typeof MATRICES): number {
  let closest = Infinity;
  for (const [i, a] of colors.entries()) {
    for (const b of colors.slice(i + 1)) closest = Math.min(closest, Math.hypot(...seenAs(a, deficiency).map((value, k) => value - (seenAs(b, deficiency)[k] ?? 0))));
  }
  return closest;
}

describe('the colour-blind palette', () => {
  const palette = [...Object.values(PALETTE_COLORS['colour-blind']), UNRATED_COLOR];

  it.each(['protanopia', 'deuteranopia'] as const)('keeps every level apart under %s (ΔE ≥ 15)', (deficiency) => {
    expect(closestPair(palette, deficiency)).toBeGreaterThanOrEqual(15);
  });

  it.each(['protanopia', 'deuteranopia'] as const)('does better than the classic palette under %s', (deficiency) => {
    expect(closestPair(palette, deficiency)).toBeGreaterThan(closestPair([...Object.values(PALETTE_COLORS.classic), UNRATED_COLOR], deficiency));
  });

  it('would not with `blue` for +2: blue and light_blue merge for protan and deutan eyes', () => {
    expect(closestPair(['light_blue', 'blue'], 'protanopia')).toBeLessThan(5);
    expect(closestPair(['light_blue', 'blue'], 'deuteranopia')).toBeLessThan(5);
  });
});
