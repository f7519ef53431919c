// A sticky whose emoji marker and palette colour say different levels: someone
// recoloured it (or edited the marker) and the two channels now disagree.
// Readback read the colour; the finding offers to make them agree either way.
import type { Palette } from '../../model/journey.ts';
import { colorForValence, levelText, VALENCE_EMOJI, type ValenceConflict } from '../../model/valence.ts';
import { countOf, ruleFinding } from '../journey-facts.ts';
import type { FixIt, Rule } from '../types.ts';

export const valenceConflict: Rule = {
  id: 'valence-conflict',
  group: 'completeness',
  severity: 'warning',
  explanation: {
    title: 'Marker and colour disagree',
    count: (n) => `${countOf(n, ['sticky has', 'stickies have'])} a marker and a colour that disagree`,
    why: 'The emoji marker and the colour say different emotions; the check reads the colour, the later edit.',
    todo: 'Make the marker match the colour, or the colour match the marker.',
  },
  score: { points: 3, subjects: (journey) => journey.notes.length },
  check(journey, context) {
    const notes = new Map(journey.notes.map((note) => [note.id, note]));
    return (context.valenceConflicts ?? []).flatMap((conflict) => {
      const note = notes.get(conflict.noteId);
      if (note === undefined) return [];
      const message = `"${note.text}": marker says ${VALENCE_EMOJI[`${conflict.marker}`]} ${levelText(conflict.marker)}, colour says ${conflict.color.replace('_', ' ')} ${levelText(conflict.colour)}`;
      return [ruleFinding(valenceConflict, { message, stageId: note.stageId, laneId: note.laneId, itemIds: [note.id] })];
    });
  },
  fixes(finding, { journey, context }) {
    const conflict = (context.valenceConflicts ?? []).find((entry) => entry.noteId === finding.itemIds[0]);
    return conflict === undefined ? [] : valenceConflictFixes(conflict, journey.palette);
  },
};

/** The two fix-its: the marker to match the colour, or the colour to match the marker. */
export function valenceConflictFixes(conflict: ValenceConflict, palette: Palette): FixIt[] {
  return [
    { kind: 'update-sticky', label: 'Marker to match colour', itemId: conflict.noteId, marker: conflict.colour },
    { kind: 'update-sticky', label: 'Colour to match marker', itemId: conflict.noteId, fillColor: colorForValence(conflict.marker, palette) },
  ];
}
