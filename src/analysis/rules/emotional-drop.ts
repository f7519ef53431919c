// Insight: a sharp fall in mood between two stages is where customers leave.
// It looks at the touchpoints' lows too: a stage of +2 and −2 averages 0 but
// holds a fall. The finding carries the stage where the drop lands.
import { ruleFinding, stageMoods, type StageMood } from '../journey-facts.ts';
import type { Finding, Rule } from '../types.ts';

const DROP = 2;

const signed = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
};

/** The drop between two stages, with the touchpoints it lands on; null when the mood holds. */
function drop(before: StageMood, after: StageMood): { message: string; itemIds: string[] } | null {
  const below = (limit: number) => after.rated.filter((note) => (note.valence ?? 0) < limit).map((note) => note.id);
  if (before.average - after.average >= DROP) return { message: `Mood drops from ${signed(before.average)} in "${before.stage.name}" to ${signed(after.average)} in "${after.stage.name}"`, itemIds: below(before.average) };
  if (before.average - after.low >= DROP) return { message: `Mood drops from ${signed(before.average)} in "${before.stage.name}" to ${signed(after.low)} at its lowest in "${after.stage.name}"`, itemIds: below(before.average - DROP + 0.001) };
  return null;
}

export const emotionalDrop: Rule = {
  id: 'emotional-drop',
  group: 'insight',
  severity: 'info',
  explanation: {
    title: 'Emotional drop',
    count: (n) => `The mood drops sharply ${n === 1 ? 'once' : `${n} times`}`,
    why: 'A sharp fall in mood between two stages is where customers give up.',
    todo: 'Look at what changes between the two stages and add opportunities where the drop lands.',
  },
  check(journey) {
    const moods = stageMoods(journey);
    const findings: Finding[] = [];
    for (let i = 1; i < moods.length; i++) {
      const before = moods[i - 1];
      const after = moods[i];
      if (before === undefined || after === undefined) continue;
      const found = drop(before, after);
      if (found !== null) findings.push(ruleFinding(emotionalDrop, { ...found, stageId: after.stage.id }));
    }
    return findings;
  },
};
