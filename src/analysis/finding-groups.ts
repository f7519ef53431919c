// Findings as people read them: one group per rule with its count ("16
// touchpoints have no owner"), and items named by their text and stage, never
// by a board id alone. Shared by the Gaps tab, the Markdown report and the CLI.
import type { Journey } from '../model/journey.ts';
import { quote, stageName } from './journey-facts.ts';
import { ruleById } from './registry.ts';
import type { Explanation, Finding, RuleGroup, RuleId, Severity } from './types.ts';

export interface FindingGroup {
  rule: RuleId;
  group: RuleGroup;
  severity: Severity;
  explanation: Explanation;
  findings: Finding[];
  /** "16 touchpoints have no owner". */
  heading: string;
  /** Every item the group's findings point at, once. */
  itemIds: string[];
}

/** For a finding whose rule is not in the registry (read from another version's JSON). */
function fallbackExplanation(id: RuleId): Explanation {
  return { title: id, count: (n) => `${id}: ${n}`, why: '', todo: '' };
}

/** The findings of one group (completeness, insight…), one entry per rule, in the findings' order. */
export function groupByRule(findings: readonly Finding[], group: RuleGroup): FindingGroup[] {
  const groups = new Map<RuleId, FindingGroup>();
  for (const finding of findings) {
    if (finding.group !== group) continue;
    let entry = groups.get(finding.rule);
    if (entry === undefined) {
      const explanation = ruleById(finding.rule)?.explanation ?? fallbackExplanation(finding.rule);
      entry = { rule: finding.rule, group, severity: finding.severity, explanation, findings: [], heading: '', itemIds: [] };
      groups.set(finding.rule, entry);
    }
    entry.findings.push(finding);
  }
  return [...groups.values()].map((entry) => {
    const itemIds = [...new Set(entry.findings.flatMap((finding) => finding.itemIds))];
    // Per-item rules count items; per-stage and header rules count findings.
    const count = entry.findings.every((finding) => finding.itemIds.length === 1) ? itemIds.length : entry.findings.length;
    return { ...entry, itemIds, heading: entry.explanation.count(count) };
  });
}

/**
 * The stickies a finding points at that its message does not already name, as
 * "text" in "stage" (an emotional drop's touchpoints); stages, lanes and header
 * items are named in the message itself.
 */
export function unnamedItems(journey: Journey, finding: Finding): string[] {
  return finding.itemIds.flatMap((id) => {
    const note = journey.notes.find((entry) => entry.id === id);
    return note === undefined || finding.message.includes(quote(note.text)) ? [] : [itemLabel(journey, id)];
  });
}

/** An item as a person knows it: a sticky's text and stage, a stage's or lane's name; the id only when nothing else is known. */
export function itemLabel(journey: Journey, id: string): string {
  const note = journey.notes.find((entry) => entry.id === id);
  if (note !== undefined) return `${note.text.trim() === '' ? '(empty sticky)' : quote(note.text)} in "${stageName(journey, note.stageId)}"`;
  const stage = journey.stages.find((entry) => entry.id === id);
  if (stage !== undefined) return `stage "${stage.name}"`;
  const lane = journey.lanes.find((entry) => entry.id === id);
  if (lane !== undefined) return `lane "${lane.name}"`;
  return `item ${id}`;
}
