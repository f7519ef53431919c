// A Mermaid `journey` diagram: one section per stage, one task per touchpoint,
// scored 1–5 from its valence (−2 → 1 … +2 → 5, unrated → 3).
import type { Journey, Note } from '../model/journey.ts';

/**
 * Mermaid's journey syntax splits on `:` and `;`, starts comments with `#` and
 * `%` (its lexer skips a line whose second character is `%`), and a renderer
 * in its 'loose' security mode reads `<…>` as HTML: swap them all for
 * look-alikes, so board text stays text wherever the diagram is rendered.
 */
export function mermaidText(text: string): string {
  const plain = text
    .replace(/\r?\n/g, ' ')
    .replace(/:/g, '∶')
    .replace(/;/g, '⁏')
    .replace(/#/g, '＃')
    .replace(/%/g, '％')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\s+/g, ' ')
    .trim();
  return DIRECTIVE_START.test(plain) ? `\u200B${plain}` : plain;
}

/**
 * Words the lexer (case-insensitive) reads as a directive at the start of a
 * line: "title x" would replace the title, "section x" start a stage. A zero
 * width space in front keeps the text a task name; it is not a blank to Mermaid.
 */
const DIRECTIVE_START = /^(journey|title|section|acctitle|accdescr)/i;

export function mermaidScore(valence: Note['valence']): number {
  return valence === null ? 3 : valence + 3;
}

/** Touchpoints when the map has a touchpoint lane, else every note. */
function tasksOf(journey: Journey): Note[] {
  const lanes = new Set(journey.lanes.filter((lane) => lane.kind === 'touchpoints').map((lane) => lane.id));
  return lanes.size === 0 ? journey.notes : journey.notes.filter((note) => lanes.has(note.laneId));
}

export function journeyMermaid(journey: Journey): string {
  // Commas separate actors in Mermaid: one persona stays one actor.
  const actor = mermaidText(journey.persona.name).replace(/,/g, ' ') || 'Customer';
  const tasks = tasksOf(journey);
  const lines = ['journey', `  title ${mermaidText(journey.title) || 'Journey'}`];
  for (const stage of [...journey.stages].sort((a, b) => a.order - b.order)) {
    lines.push(`  section ${mermaidText(stage.name) || 'Stage'}`);
    for (const note of tasks.filter((entry) => entry.stageId === stage.id)) {
      lines.push(`    ${mermaidText(note.text) || '(empty)'}: ${mermaidScore(note.valence)}: ${actor}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
