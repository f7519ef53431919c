// One sticky → one note's content: text, valence, channel/owner/evidence tags,
// moment of truth. Whatever cannot be read becomes a warning, never a throw.
import type { LaneKind, Note, Palette, Valence } from '../model/journey.ts';
import { htmlToText } from '../model/html.ts';
import { MOMENT_OF_TRUTH_TAG, TAG_PREFIXES } from '../model/markers.ts';
import { isStickyColor, parseValenceMarker, UNRATED_COLOR, valenceForColor } from '../model/valence.ts';
import type { SnapshotSticky } from '../board/snapshot.ts';

export type NoteContent = Omit<Note, 'id' | 'stageId' | 'laneId'>;

export interface NoteReadContext {
  palette: Palette;
  /** Tag id → tag title, for the tags on the board. */
  tagTitles: ReadonlyMap<string, string>;
  warnings: string[];
}

type TagField = keyof typeof TAG_PREFIXES;
const TAG_FIELDS = Object.keys(TAG_PREFIXES) as TagField[];

function colorOf(sticky: SnapshotSticky): unknown {
  // The SDK's default sticky colour is light yellow: a sticky without a fill reads as unrated.
  return sticky.style?.fillColor ?? UNRATED_COLOR;
}

function readValence(sticky: SnapshotSticky, text: string, context: NoteReadContext, laneKind: LaneKind): { valence: Valence; text: string } {
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

/** `channel: email` → ['channel', 'email']; the prefix is case-insensitive, the value trimmed. */
function tagField(title: string): [TagField, string] | null {
  const lower = title.toLowerCase();
  for (const field of TAG_FIELDS) {
    const prefix = TAG_PREFIXES[field].trim();
    if (lower.startsWith(prefix)) {
      const value = title.slice(prefix.length).trim();
      return value === '' ? null : [field, value];
    }
  }
  return null;
}

function readTags(sticky: SnapshotSticky, context: NoteReadContext): Pick<Note, TagField | 'momentOfTruth'> {
  const values: Record<TagField, string[]> = { channel: [], owner: [], evidence: [] };
  let momentOfTruth = false;
  for (const tagId of sticky.tagIds) {
    const title = context.tagTitles.get(tagId);
    if (title === undefined) {
      context.warnings.push(`sticky ${sticky.id}: tag ${tagId} is not on the board; ignored`);
      continue;
    }
    if (title.trim().toLowerCase() === MOMENT_OF_TRUTH_TAG) momentOfTruth = true;
    const field = tagField(title);
    if (field !== null) values[field[0]].push(field[1]);
  }
  // Two channel tags on one sticky both count: joined, nothing lost.
  const joined = (field: TagField) => (values[field].length === 0 ? null : values[field].join(', '));
  return { channel: joined('channel'), owner: joined('owner'), evidence: joined('evidence'), momentOfTruth };
}

export function readNoteContent(sticky: SnapshotSticky, context: NoteReadContext, laneKind: LaneKind): NoteContent {
  const { valence, text } = readValence(sticky, htmlToText(sticky.content), context, laneKind);
  return { text, valence, ...readTags(sticky, context) };
}
