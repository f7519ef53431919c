// The recolour plan: for each target sticky its emotion (and why), the colour
// it has and the colour it gets. Pure; the board adapter carries it out.
import type { ItemUpdate } from '../board/item-updates.ts';
import type { SnapshotSticky } from '../snapshot/snapshot.ts';
import { htmlToText } from '../model/html.ts';
import type { Palette } from '../model/journey.ts';
import { colorForValence, parseValenceMarker, valenceForColor, type StickyColor } from '../model/valence.ts';
import { stickyEmotion, type StickyEmotion, type StickyFacts } from './emotion.ts';
import type { TextScorer } from './sentiment.ts';

export interface RecolourEntry {
  id: string;
  text: string;
  emotion: StickyEmotion;
  from: string | undefined;
  to: StickyColor;
}

export interface RecolourPlan {
  palette: Palette;
  entries: RecolourEntry[];
}

export interface RecolourInput {
  stickies: readonly SnapshotSticky[];
  tagTitles: ReadonlyMap<string, string>;
  /** The palette the map's legend names: colours are read and written in it. */
  palette: Palette;
  scoreText: TextScorer;
  recomputeFromText?: boolean;
}

function stickyFacts(sticky: SnapshotSticky, tagTitles: ReadonlyMap<string, string>): StickyFacts {
  return {
    text: htmlToText(sticky.content),
    tagTitles: sticky.tagIds.flatMap((id) => {
      const title = tagTitles.get(id);
      return title === undefined ? [] : [title];
    }),
    color: sticky.style?.fillColor,
  };
}

/** A marker and a palette colour that say different levels: someone recoloured the sticky by hand (the gap check's `valence-conflict`). */
function markerAgainstColour(facts: StickyFacts, palette: Palette): boolean {
  const marker = parseValenceMarker(facts.text);
  const coloured = valenceForColor(facts.color, palette);
  return marker !== null && typeof coloured === 'number' && coloured !== marker.valence;
}

export function planRecolour(input: RecolourInput): RecolourPlan {
  const options = { palette: input.palette, scoreText: input.scoreText, recomputeFromText: input.recomputeFromText ?? false };
  const read = input.stickies.map((sticky) => ({ sticky, facts: stickyFacts(sticky, input.tagTitles) }));
  // Such a sticky is left alone unless asked to recompute: the recolour would undo the person's edit.
  const kept = options.recomputeFromText ? read : read.filter((entry) => !markerAgainstColour(entry.facts, input.palette));
  const entries = kept.map(({ sticky, facts }) => {
    const emotion = stickyEmotion(facts, options);
    return { id: sticky.id, text: facts.text, emotion, from: facts.color, to: colorForValence(emotion.valence, input.palette) };
  });
  return { palette: input.palette, entries };
}

export const changedEntries = (plan: RecolourPlan): RecolourEntry[] => plan.entries.filter((entry) => entry.from !== entry.to);

export function recolourUpdates(plan: RecolourPlan): ItemUpdate[] {
  return changedEntries(plan).map((entry) => ({ id: entry.id, after: { fillColor: entry.to } }));
}

/** "38 stickies: 12 red, 9 orange, 13 gray, 4 unchanged", colours from −2 to +2. */
export function summarisePlan(plan: RecolourPlan): string {
  const changed = changedEntries(plan);
  const counts = new Map<StickyColor, number>();
  for (const entry of [...changed].sort((a, b) => a.emotion.valence - b.emotion.valence)) counts.set(entry.to, (counts.get(entry.to) ?? 0) + 1);
  const parts = [...counts].map(([color, count]) => `${count} ${color.replace('_', ' ')}`);
  const unchanged = plan.entries.length - changed.length;
  if (unchanged > 0 || parts.length === 0) parts.push(`${unchanged} unchanged`);
  const noun = plan.entries.length === 1 ? 'sticky' : 'stickies';
  return `${plan.entries.length} ${noun}: ${parts.join(', ')}`;
}
