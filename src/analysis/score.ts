// The map's health, 0–100: start at 100 and take off points per finding by
// severity, with a cap per rule, so one kind of problem (fifty stickies with
// no channel) cannot zero the score on its own.
import type { Finding, RuleId, Severity } from './types.ts';

export const SCORE_WEIGHTS: Record<Severity, { perFinding: number; capPerRule: number }> = {
  error: { perFinding: 10, capPerRule: 30 },
  warning: { perFinding: 3, capPerRule: 12 },
  info: { perFinding: 1, capPerRule: 4 },
};

export function healthScore(findings: readonly Finding[]): number {
  const lost = new Map<RuleId, number>();
  for (const finding of findings) {
    const weight = SCORE_WEIGHTS[finding.severity];
    const before = lost.get(finding.rule) ?? 0;
    lost.set(finding.rule, Math.max(before, Math.min(weight.capPerRule, before + weight.perFinding)));
  }
  let total = 0;
  for (const points of lost.values()) total += points;
  return Math.max(0, 100 - total);
}
