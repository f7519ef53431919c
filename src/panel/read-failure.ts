// What the panel says when it cannot tell which journey map to read: "No
// journey map found" when there is none, "Which map?" when it must be chosen.
import type { ReadResult } from '../readback/types.ts';

export function readFailureText(failure: Extract<ReadResult, { ok: false }>): string {
  return failure.reason === 'no-frame' ? `No journey map found: ${failure.message}.` : `Which map? ${failure.message}.`;
}
