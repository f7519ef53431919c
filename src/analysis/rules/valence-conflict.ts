// A sticky whose emoji marker and palette colour say different levels: someone
// recoloured it (or edited the marker) and the two channels now disagree.
// Readback read the colour; the finding offers to make them agree either way.
import { htmlToText, textToHtml } from '../../model/html.ts';
import type { Palette } from '../../model/journey.ts';
import { colorForValence, levelText, VALENCE_EMOJI, withValenceMarker, type ValenceConflict } from '../../model/valence.ts';
import { countOf, ruleFinding } from '../journey-facts.ts';
import type { Rule } from '../types.ts';

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
};

/** A change to one sticky that settles the conflict. */
export interface ConflictFix {
  label: string;
  update: { id: string; after: { fillColor?: string; content?: string } };
}

/** The two fix-its: the marker to match the colour, or the colour to match the marker. */
export function valenceConflictFixes(conflict: ValenceConflict, { content, palette }: { content: string; palette: Palette }): ConflictFix[] {
  return [
    { label: 'Marker to match colour', update: { id: conflict.noteId, after: { content: textToHtml(withValenceMarker(htmlToText(content), conflict.colour)) } } },
    { label: 'Colour to match marker', update: { id: conflict.noteId, after: { fillColor: colorForValence(conflict.marker, palette) } } },
  ];
}
