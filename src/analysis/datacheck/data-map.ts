// The map as the data check needs it: stages in order and the touchpoints (the
// stickies of the touchpoint lanes) with their `event:` and `data:` tags, which
// readback leaves alone, read here from the snapshot's tag titles.
import type { Journey, Palette } from '../../model/journey.ts';
import { isSticky, isTag, type BoardSnapshot } from '../../snapshot/snapshot.ts';
import { touchpoints } from '../journey-facts.ts';

export interface DataTouchpoint {
  id: string;
  stage: number;
  text: string;
  channel: string | null;
  valence: number | null;
  /** `event: <name>` tags, lowercased; a trailing `*` is a prefix wildcard. */
  events: string[];
  /** Tagged `data: untracked` (in person, post): never reported unseen. */
  untracked: boolean;
  /** The sticky's colour when the map was read: "rate as X" leaves a sticky recoloured since alone. */
  fillColor?: string;
}

export interface DataMap {
  frameId: string;
  persona: string;
  /** The map's palette: "rate as X" colours in it. */
  palette: Palette;
  stages: { id: string; name: string }[];
  touchpoints: DataTouchpoint[];
}

const EVENT_TAG = /^\s*event\s*:\s*(.+?)\s*$/i;
const UNTRACKED_TAG = /^\s*data\s*:\s*untracked\s*$/i;

/** Each sticky's tag titles and colour, as the snapshot has them. */
function stickiesOf(snapshot: BoardSnapshot): Map<string, { titles: string[]; fillColor: string | undefined }> {
  const titles = new Map<string, string>();
  for (const item of snapshot.items) if (isTag(item)) titles.set(item.id, item.title);
  const stickies = new Map<string, { titles: string[]; fillColor: string | undefined }>();
  for (const item of snapshot.items) {
    if (isSticky(item)) stickies.set(item.id, { titles: item.tagIds.flatMap((id) => titles.get(id) ?? []), fillColor: item.style?.fillColor });
  }
  return stickies;
}

export function dataMapOf({ journey, snapshot, frameId }: { journey: Journey; snapshot: BoardSnapshot; frameId: string }): DataMap {
  const stages = [...journey.stages].sort((a, b) => a.order - b.order);
  const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]));
  const stickies = stickiesOf(snapshot);
  const points = touchpoints(journey).map((note): DataTouchpoint => {
    const sticky = stickies.get(note.id);
    const titles = sticky?.titles ?? [];
    return {
      id: note.id,
      stage: stageIndex.get(note.stageId) ?? 0,
      text: note.text,
      channel: note.channel?.split(',')[0]?.trim().toLowerCase() ?? null,
      valence: note.valence,
      events: titles.flatMap((title) => EVENT_TAG.exec(title)?.[1]?.toLowerCase() ?? []),
      untracked: titles.some((title) => UNTRACKED_TAG.test(title)),
      ...(sticky?.fillColor === undefined ? {} : { fillColor: sticky.fillColor }),
    };
  });
  return { frameId, persona: journey.persona.name, palette: journey.palette, stages: stages.map(({ id, name }) => ({ id, name })), touchpoints: points };
}

/** Whether an event name fits an `event:` tag (exact, or a prefix before a trailing `*`), ignoring case. */
export function fitsEventTag(event: string, tag: string): boolean {
  const name = event.toLowerCase();
  return tag.endsWith('*') ? name.startsWith(tag.slice(0, -1)) : name === tag;
}
