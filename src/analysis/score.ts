// Map completeness, 0–100: each completeness rule is worth some points (they sum
// to 100) and its findings take off the share of what it looks at that fails:
// 3 of 12 touchpoints without an owner lose a quarter of the owner rule's points.
// Insights never count: an honest map of a painful journey can score 100.
import type { Journey } from '../model/journey.ts';
import { RULES } from './registry.ts';
import type { CheckContext, Finding, Rule, RuleId } from './types.ts';

export interface ScoreLoss {
  rule: RuleId;
  title: string;
  /** Points lost, rounded to one decimal. */
  lost: number;
  /** Findings of the rule, and what it looked at. */
  failed: number;
  of: number;
}

export interface Completeness {
  score: number;
  /** Why the score is not 100, biggest loss first. */
  losses: ScoreLoss[];
}

function lossOf(rule: Rule, { failed, of }: { failed: number; of: number }): number {
  if (rule.score === undefined) return 0;
  if (of === 0) return rule.score.nothingIsUnfinished === true ? rule.score.points : 0;
  return rule.score.points * Math.min(1, failed / of);
}

export function completeness(journey: Journey, { findings, context }: { findings: readonly Finding[]; context: CheckContext }): Completeness {
  const losses: ScoreLoss[] = [];
  for (const rule of RULES) {
    if (rule.group !== 'completeness' || rule.score === undefined) continue;
    const counts = { failed: findings.filter((finding) => finding.rule === rule.id).length, of: rule.score.subjects(journey, context) };
    const lost = lossOf(rule, counts);
    if (lost > 0) losses.push({ rule: rule.id, title: rule.explanation.title, lost: Math.round(lost * 10) / 10, ...counts });
  }
  const total = losses.reduce((sum, loss) => sum + loss.lost, 0);
  return { score: Math.max(0, Math.round(100 - total)), losses: losses.sort((a, b) => b.lost - a.lost) };
}

/** "Stage without touchpoints: 5 of 5 (−20)": one loss as the panel and the reports say it. */
export function lossLine(loss: ScoreLoss): string {
  const share = loss.of === 0 ? 'nothing to check yet' : `${loss.failed} of ${loss.of}`;
  return `${loss.title}: ${share} (−${loss.lost})`;
}
