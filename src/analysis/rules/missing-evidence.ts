// A touchpoint with no research, analytics or support data behind it is an assumption.
// On a future map every touchpoint is a hypothesis: the finding is only info there.
import { noteFindings, quote, stageName, touchpoints } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const missingEvidence: Rule = {
  id: 'missing-evidence',
  severity: 'warning',
  check(journey) {
    const assumed = touchpoints(journey).filter((note) => note.evidence === null);
    const findings = noteFindings({ rule: missingEvidence, notes: assumed }, (note) => `Touchpoint ${quote(note.text)} in "${stageName(journey, note.stageId)}" rests on no evidence tag`);
    return journey.kind === 'future-state' ? findings.map((finding) => ({ ...finding, severity: 'info' as const })) : findings;
  },
};
