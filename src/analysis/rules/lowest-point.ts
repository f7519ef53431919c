// Insight: the low point of the journey is where attention pays most.
import { ruleFinding, stageMoods } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

export const lowestPoint: Rule = {
  id: 'lowest-point',
  group: 'insight',
  severity: 'info',
  explanation: {
    title: 'Lowest point',
    count: () => 'The lowest point of the journey',
    why: 'The low point of the journey is where improvement pays most.',
    todo: 'Check it has pain points and opportunities mapped.',
  },
  check(journey) {
    const moods = stageMoods(journey);
    // With one rated stage there is no "lowest" to speak of.
    if (moods.length < 2) return [];
    const lowest = moods.reduce((low, mood) => (mood.average < low.average ? mood : low));
    return [
      ruleFinding(lowestPoint, {
        message: `"${lowest.stage.name}" is the lowest point of the journey (average ${Math.round(lowest.average * 10) / 10})`,
        stageId: lowest.stage.id,
        itemIds: lowest.rated.filter((note) => note.valence === lowest.low).map((note) => note.id),
      }),
    ];
  },
};
