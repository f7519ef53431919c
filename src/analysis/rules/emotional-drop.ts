// A sharp fall in mood between two stages is where customers leave; the finding
// carries the stage where the drop lands.
import { ruleFinding, stageMoods } from '../journey-facts.ts';
import type { Finding, Rule } from '../types.ts';

const DROP = 2;

const signed = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
};

export const emotionalDrop: Rule = {
  id: 'emotional-drop',
  severity: 'warning',
  check(journey) {
    const moods = stageMoods(journey);
    const findings: Finding[] = [];
    for (let i = 1; i < moods.length; i++) {
      const before = moods[i - 1];
      const after = moods[i];
      if (before === undefined || after === undefined || before.average - after.average < DROP) continue;
      findings.push(
        ruleFinding(emotionalDrop, {
          message: `Mood drops from ${signed(before.average)} in "${before.stage.name}" to ${signed(after.average)} in "${after.stage.name}"`,
          stageId: after.stage.id,
          itemIds: after.rated.filter((note) => (note.valence ?? 0) < before.average).map((note) => note.id),
        }),
      );
    }
    return findings;
  },
};
