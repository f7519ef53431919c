// Insight: where pain points pile up in one stage, the customer hurts most.
import { countOf, laneIdsOfKind, notesIn, ruleFinding } from '../journey-facts.ts';
import type { Finding, Rule } from '../types.ts';
import { maxOf } from '../../model/arrays.ts';

/** Three pains in one stage, and more than any other stage holds. */
export const CLUSTER = 3;

export const painCluster: Rule = {
  id: 'pain-cluster',
  group: 'insight',
  severity: 'info',
  explanation: {
    title: 'Pain cluster',
    count: (n) => `${countOf(n, ['stage gathers', 'stages gather'])} most of the pain`,
    why: 'Where pains pile up, one change can relieve several at once.',
    todo: 'Look for the common cause of these pains.',
  },
  check(journey) {
    const lanes = laneIdsOfKind(journey, ['pain-points']);
    const counts = journey.stages.map((stage) => ({ stage, pains: notesIn(journey, { stage, lanes }) }));
    const most = maxOf(counts.map((entry) => entry.pains.length), 0);
    if (most < CLUSTER) return [];
    const findings: Finding[] = [];
    for (const { stage, pains } of counts) {
      if (pains.length !== most) continue;
      findings.push(ruleFinding(painCluster, { message: `"${stage.name}" gathers ${pains.length} pain points`, stageId: stage.id, ...(pains[0] === undefined ? {} : { laneId: pains[0].laneId }), itemIds: pains.map((note) => note.id) }));
    }
    return findings;
  },
};
