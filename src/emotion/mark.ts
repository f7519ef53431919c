// "Mark the selection": give the selected stickies one level by hand, as
// colour and, when asked, as the emoji marker at the start of the text. A
// marker already there is always replaced, so text and colour never disagree.
import type { ItemUpdate } from '../board/item-updates.ts';
import type { SnapshotSticky } from '../snapshot/snapshot.ts';
import { htmlToLines, textToHtml } from '../model/html.ts';
import type { Palette } from '../model/journey.ts';
import { colorForValence, parseValenceMarker, withValenceMarker, type RatedValence } from '../model/valence.ts';

export interface MarkOptions {
  level: RatedValence;
  palette: Palette;
  addMarker: boolean;
}

/** The sticky's text with `level`'s marker on its first line; null when it needs no change. */
export function markedContent(content: string, { level, addMarker }: Pick<MarkOptions, 'level' | 'addMarker'>): string | null {
  const lines = htmlToLines(content);
  const first = lines[0] ?? '';
  const marker = parseValenceMarker(first);
  if (!addMarker && (marker === null || marker.valence === level)) return null;
  const next = [withValenceMarker(first, level).trimEnd(), ...lines.slice(1)].join('\n');
  return next === lines.join('\n') ? null : textToHtml(next);
}

export function markUpdates(stickies: readonly SnapshotSticky[], options: MarkOptions): ItemUpdate[] {
  return stickies.map((sticky) => {
    const content = markedContent(sticky.content, options);
    return {
      id: sticky.id,
      after: { fillColor: colorForValence(options.level, options.palette), ...(content === null ? {} : { content }) },
    };
  });
}
