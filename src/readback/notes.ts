// One sticky → one note's content: text, valence, channel/owner/evidence tags,
// moment of truth. Whatever cannot be read becomes a warning, never a throw.
import type { LaneKind, Note, Palette, Valence } from '../model/journey.ts';
import { htmlToText } from '../model/html.ts';
import { MOMENT_OF_TRUTH_TAG, readMomentMarker, TAG_PREFIXES } from '../model/markers.ts';
import { isStickyColor, parseValenceMarker, UNRATED_COLOR, valenceForColor } from '../model/valence.ts';
import type { SnapshotSticky } from '../snapshot/snapshot.ts';

export type NoteContent = Omit<Note, 'id' | 'stageId' | 'laneId'>;

export interface NoteReadContext {
  palette: Palette;
  /** Tag id → what the tag says, read once per board (see `readTagMeanings`). */
  tags: ReadonlyMap<string, TagMeaning>;
  warnings: string[];
}

type TagField = keyof typeof TAG_PREFIXES;
const TAG_FIELDS = Object.keys(TAG_PREFIXES) as TagField[];

function colorOf(sticky: SnapshotSticky): unknown {
  // The SDK's default sticky colour is light yellow: a sticky without a fill reads as unrated.
  return sticky.style?.fillColor ?? UNRATED_COLOR;
}

function readValence({ sticky, text, laneKind }: { sticky: SnapshotSticky; text: string; laneKind: LaneKind }, context: NoteReadContext): { valence: Valence; text: string } {
  const marker = parseValenceMarker(text);
  if (marker !== null) return { valence: marker.valence, text: marker.rest };
  const color = colorOf(sticky);
  const valence = valenceForColor(color, context.palette);
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

/** `channel: email` → channel "email"; the prefix is case-insensitive, the value trimmed. */
function tagMeaning(title: string): TagMeaning {
  const lower = title.toLowerCase();
  if (lower.trim() === MOMENT_OF_TRUTH_TAG) return { field: 'momentOfTruth' };
  for (const field of TAG_FIELDS) {
    const prefix = TAG_PREFIXES[field].trim();
    if (lower.startsWith(prefix)) {
      const value = title.slice(prefix.length).trim();
      return value === '' ? null : { field, value };
    }
  }
  return null;
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
  const moment = readMomentMarker(text);
  const tags = readTags(sticky, context);
  return { text: moment.rest, valence, ...tags, momentOfTruth: tags.momentOfTruth || moment.marked };
}
