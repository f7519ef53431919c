// The low point of the journey is where attention pays most.
import { ruleFinding, stageMoods } from '../journey-facts.ts';
import type { Rule } from '../types.ts';
import { minOf } from '../../model/arrays.ts';

export const lowestPoint: Rule = {
  id: 'lowest-point',
  severity: 'info',
  check(journey) {
    const moods = stageMoods(journey);
    // With one rated stage there is no "lowest" to speak of.
    if (moods.length < 2) return [];
    const lowest = moods.reduce((low, mood) => (mood.average < low.average ? mood : low));
    const lowestValence = minOf(lowest.rated.map((note) => note.valence ?? 0));
    return [
      ruleFinding(lowestPoint, {
        message: `"${lowest.stage.name}" is the lowest point of the journey (average ${Math.round(lowest.average * 10) / 10})`,
        stageId: lowest.stage.id,
        itemIds: lowest.rated.filter((note) => note.valence === lowestValence).map((note) => note.id),
      }),
    ];
  },
};
