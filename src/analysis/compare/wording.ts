// How a comparison is worded wherever it is shown (panel, board frame,
// reports): signed means, Δ badges with an arrow and a sign (so colour is
// never the only channel), "7 of 12 pain points addressed".
import type { Comparison } from './types.ts';

const MINUS = '−';

/** One decimal with its sign: "+1.3", "−0.5", "0.0"; "–" when nothing was rated. */
export function signed(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : MINUS}${Math.abs(rounded).toFixed(1)}`;
}

export type DeltaDirection = 'up' | 'down' | 'flat' | 'none';

export function deltaDirection(delta: number | null): DeltaDirection {
  if (delta === null) return 'none';
  const rounded = Math.round(delta * 10) / 10;
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
}

const ARROWS: Record<DeltaDirection, string> = { up: '▲', down: '▼', flat: '=', none: '' };

/** "▲ +1.3", "▼ −0.5", "= 0.0", or "no Δ" when a side has no rated touchpoint. */
export function deltaBadge(delta: number | null): string {
  const direction = deltaDirection(delta);
  return direction === 'none' ? 'no Δ' : `${ARROWS[direction]} ${signed(delta)}`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function painsLine(comparison: Comparison): string {
  const { addressed, total } = comparison.pains;
  return `${addressed} of ${plural(total, 'pain point')} addressed`;
}

/** "3 added, 2 removed, 4 changed · 1 regression". */
export function countsLine(comparison: Comparison): string {
  const { added, removed, changed } = comparison.totals;
  return `${added} added, ${removed} removed, ${changed} changed · ${plural(comparison.regressions.length, 'regression')}`;
}
