// What the panel says when it cannot tell which journey map to read: "No
// journey map found" when there is none, "Which map?" when it must be chosen
// (with the maps as buttons, FrameChooser.tsx: no ids, no command-line wording).
import type { FrameRef, ReadResult } from '../readback/types.ts';

export function readFailureText(failure: Extract<ReadResult, { ok: false }>): string {
  if (failure.reason === 'no-frame') return `No journey map found: ${failure.message}.`;
  if (failure.candidates.length > 1) return `Which map? ${failure.candidates.length} frames hold a journey map: choose one below, or select its frame on the board.`;
  return `Which map? ${failure.message}.`;
}

/** Thrown by panel work that must know which map to act on; the tab shows the choice. */
export class MapChoiceNeeded extends Error {
  readonly candidates: FrameRef[];
  constructor(message: string, candidates: FrameRef[]) {
    super(message);
    this.name = 'MapChoiceNeeded';
    this.candidates = candidates;
  }
}
