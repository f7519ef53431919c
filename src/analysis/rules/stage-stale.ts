// A stage nobody has touched for two review cycles is probably out of date,
// even when the header says the map was reviewed. Needs the items' modifiedAt.
import { addMonths, CADENCE_MONTHS } from './review-overdue.ts';
import { countOf, ruleFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const stageStale: Rule = {
  id: 'stage-stale',
  group: 'completeness',
  severity: 'info',
  explanation: {
    title: 'Stage not touched in a long time',
    count: (n) => `${countOf(n, ['stage has', 'stages have'])} not changed for two review cycles`,
    why: 'A stage nobody changed for two review cycles probably no longer matches what customers do.',
    todo: 'Walk through the stage with the people who run it and update it.',
  },
  score: { points: 1, subjects: (journey) => journey.stages.length },
  check(journey, context) {
    const { cadence } = journey.review;
    const modified = context.modifiedAt;
    if (cadence === null || modified === undefined) return [];
    return journey.stages.flatMap((stage) => {
      const ids = [stage.id, ...journey.notes.filter((note) => note.stageId === stage.id).map((note) => note.id)];
      const times = ids.flatMap((id) => modified.get(id) ?? []);
      // No time known for anything in it (a snapshot without modifiedAt): nothing to say.
      if (times.length === 0) return [];
      const last = times.reduce((latest, time) => (time > latest ? time : latest)).slice(0, 10);
      if (context.today <= addMonths(last, 2 * CADENCE_MONTHS[cadence])) return [];
      return [ruleFinding(stageStale, { message: `Nothing in stage "${stage.name}" has changed since ${last}`, stageId: stage.id, itemIds: [stage.id] })];
    });
  },
};
