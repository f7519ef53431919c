// A touchpoint with no research, analytics or support data behind it is an assumption.
// On a future map every touchpoint is a hypothesis: the finding is only info there.
import { countOf, noteFindings, quote, stageName, touchpointCount, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const missingEvidence: Rule = {
  id: 'missing-evidence',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'No evidence',
    count: (n) => `${countOf(n, ['touchpoint rests', 'touchpoints rest'])} on no evidence`,
    why: 'A touchpoint without research behind it is an assumption.',
    todo: 'Add a tag "evidence: …" (interview, survey, analytics, support logs).',
  },
  score: { points: 6, subjects: touchpointCount, nothingIsUnfinished: true },
  check(journey) {
    const assumed = touchpoints(journey).filter((note) => note.evidence === null);
    const findings = noteFindings({ rule: missingEvidence, notes: assumed }, (note) => `Touchpoint ${quote(note.text)} in "${stageName(journey, note.stageId)}" rests on no evidence tag`);
    return journey.kind === 'future-state' ? findings.map((finding) => ({ ...finding, severity: 'info' as const })) : findings;
  },
};
