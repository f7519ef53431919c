// One sticky → one note's content: text, valence, channel/owner/evidence tags,
// moment of truth. Whatever cannot be read becomes a warning, never a throw.
import type { LaneKind, Note, Palette, Valence } from '../model/journey.ts';
import { htmlToText } from '../model/html.ts';
import { tagWord } from '../model/header-words.ts';
import type { TAG_PREFIXES } from '../model/markers.ts';
import { isStickyColor, parseValenceMarker, UNRATED_COLOR, valenceForColor, type RatedValence, type ValenceConflict } from '../model/valence.ts';
import type { SnapshotSticky } from '../snapshot/snapshot.ts';

export type NoteContent = Omit<Note, 'id' | 'stageId' | 'laneId'>;

export interface NoteReadContext {
  palette: Palette;
  /** Tag id → what the tag says, read once per board (see `readTagMeanings`). */
  tags: ReadonlyMap<string, TagMeaning>;
  warnings: string[];
  /** Stickies whose marker and colour disagree (the colour was read). */
  conflicts: ValenceConflict[];
}

type TagField = keyof typeof TAG_PREFIXES;

function colorOf(sticky: SnapshotSticky): unknown {
  // The SDK's default sticky colour is light yellow: a sticky without a fill reads as unrated.
  return sticky.style?.fillColor ?? UNRATED_COLOR;
}

function readValence({ sticky, text, laneKind }: { sticky: SnapshotSticky; text: string; laneKind: LaneKind }, context: NoteReadContext): { valence: Valence; text: string } {
  const marker = parseValenceMarker(text);
  const color = colorOf(sticky);
  const valence = valenceForColor(color, context.palette);
  if (marker !== null) {
    // Both say a level and disagree: the colour is the visible, later edit (someone recoloured the sticky).
    if (typeof valence === 'number' && valence !== marker.valence) {
      context.conflicts.push({ noteId: sticky.id, marker: marker.valence, colour: valence as RatedValence, color: String(color) });
      return { valence, text: marker.rest };
    }
    return { valence: marker.valence, text: marker.rest };
  }
  if (valence !== undefined) return { valence, text };
  const name = typeof color === 'string' ? color : String(color);
  // Pink pains and blue ideas are a workshop convention, not a mistake: only a
  // colour Miro does not name, or an off-palette touchpoint, is worth a warning.
  if (!isStickyColor(color)) context.warnings.push(`sticky ${sticky.id}: colour "${name}" is not a sticky colour this app knows; read as unrated`);
  else if (laneKind === 'touchpoints') context.warnings.push(`sticky ${sticky.id}: colour "${name}" means no emotion in the ${context.palette} palette; read as unrated`);
  return { valence: null, text };
}

/** What a tag title says about a note: a field and its value, the moment-of-truth mark, or nothing. */
export type TagMeaning = { field: TagField; value: string } | { field: 'momentOfTruth' } | null;

/** `channel: email` → channel "email", in any case and any of the languages of model/lane-words.ts ("Canal: web"). */
function tagMeaning(title: string): TagMeaning {
  const said = tagWord(title);
  if (said === null) return null;
  return said.word === 'momentOfTruth' ? { field: 'momentOfTruth' } : { field: said.word, value: said.value };
}

/** Every tag's meaning, once per board rather than once per sticky. */
export function readTagMeanings(titles: ReadonlyMap<string, string>): Map<string, TagMeaning> {
  const meanings = new Map<string, TagMeaning>();
  for (const [id, title] of titles) meanings.set(id, tagMeaning(title));
  return meanings;
}

function readTags(sticky: SnapshotSticky, context: NoteReadContext): Pick<Note, TagField | 'momentOfTruth'> {
  const read: Pick<Note, TagField | 'momentOfTruth'> = { channel: null, owner: null, evidence: null, momentOfTruth: false };
  for (const tagId of sticky.tagIds) {
    const meaning = context.tags.get(tagId);
    if (meaning === undefined) {
      context.warnings.push(`sticky ${sticky.id}: tag ${tagId} is not on the board; ignored`);
    } else if (meaning?.field === 'momentOfTruth') {
      read.momentOfTruth = true;
    } else if (meaning !== null) {
      // Two channel tags on one sticky both count: joined, nothing lost.
      const before = read[meaning.field];
      read[meaning.field] = before === null ? meaning.value : `${before}, ${meaning.value}`;
    }
  }
  return read;
}

/** A sticky's note content; `laneKind` says whether an off-palette colour deserves a warning. */
export function readNoteContent({ sticky, laneKind }: { sticky: SnapshotSticky; laneKind: LaneKind }, context: NoteReadContext): NoteContent {
  const { valence, text } = readValence({ sticky, text: htmlToText(sticky.content), laneKind }, context);
  return { text, valence, ...readTags(sticky, context) };
}
