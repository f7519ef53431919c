// The map's header as people see it: persona, objectives, review line, map kind
// and legend palette, read from the frame's free text (not stage titles, not lane
// labels, not inside the grid) through the shared contract in model/header-text.ts.
import type { JourneyKind, Lane, Palette, Persona, Review } from '../model/journey.ts';
import { mentionsReview } from '../model/header-words.ts';
import { readHeaderLines, readKind, readLegendPalette, readReview } from '../model/header-text.ts';
import { journeyKindFromLanes } from '../model/lane-kinds.ts';
import type { Placed } from './geometry.ts';
import { append } from '../model/arrays.ts';

export interface HeaderContent {
  persona: Persona;
  objectives: string[];
  review: Review;
  kind: JourneyKind;
  palette: Palette;
  itemIds: string[];
}

function mergePersona(into: Persona, from: Persona): void {
  if (into.name === '') into.name = from.name;
  if (into.description === '') into.description = from.description;
  append(into.goals, from.goals);
  append(into.motivations, from.motivations);
  append(into.frustrations, from.frustrations);
}

function kindFrom(texts: readonly string[], { frameTitle, lanes }: { frameTitle: string; lanes: readonly Lane[] }): JourneyKind {
  for (const text of [...texts, frameTitle]) {
    const kind = readKind(text);
    if (kind !== null) return kind;
  }
  // A map with backstage lanes is a service blueprint even if nobody wrote so (the kind registry says which lanes imply which kind).
  return journeyKindFromLanes(lanes.map((lane) => lane.kind));
}

/**
 * Each item is read on its own, so a legend or a stray note under an
 * "Objectives:" text never runs into the objectives list.
 */
export function readHeader(items: readonly Placed[], options: { frameTitle: string; lanes: readonly Lane[] }): HeaderContent {
  const persona: Persona = { name: '', description: '', goals: [], motivations: [], frustrations: [] };
  const objectives: string[] = [];
  let review: Review = { lastReviewed: null, cadence: null };
  let palette: Palette | null = null;
  const reviewTexts: string[] = [];
  const itemIds: string[] = [];
  const ordered = [...items].sort((a, b) => a.top - b.top || a.left - b.left);
  for (const placed of ordered) {
    const text = placed.lines.join('\n');
    const legend = readLegendPalette(text);
    if (legend !== null) {
      palette ??= legend;
      continue;
    }
    const reading = readHeaderLines(placed.lines);
    mergePersona(persona, reading.persona);
    append(objectives, reading.objectives);
    // Only a line about reviews names the cadence: "yearly price hikes" in a persona does not.
    const lineReview: Review = mentionsReview(text) ? readReview(text) : { lastReviewed: null, cadence: null };
    const owner = review.owner ?? lineReview.owner;
    review = { lastReviewed: review.lastReviewed ?? lineReview.lastReviewed, cadence: review.cadence ?? lineReview.cadence, ...(owner === undefined ? {} : { owner }) };
    // The review line names the map's kind ("Map: Service blueprint · Last reviewed: never").
    const isReviewLine = mentionsReview(text);
    if (isReviewLine) reviewTexts.push(text);
    if (reading.found.size > 0 || isReviewLine) itemIds.push(placed.item.id);
  }
  const kind = kindFrom(reviewTexts.length > 0 ? reviewTexts : ordered.map((placed) => placed.lines.join(' ')), options);
  return { persona, objectives, review, kind, palette: palette ?? 'classic', itemIds };
}
