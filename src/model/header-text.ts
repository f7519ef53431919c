// The text of the map's header, written by the layout and read back by the
// readback: persona, objectives, review line and legend title. The layout
// writes the canonical form; the parsers also accept the ways people write
// these by hand ("Persona: Sam, remote worker", "Goals: a; b", bullet lists…).
import { append } from './arrays.ts';
import { headerLabel, mentionsReview, type HeaderLabel } from './header-words.ts';
import { CADENCE_WORDS } from './lane-words.ts';
import { MOMENT_OF_TRUTH_LEGEND } from './markers.ts';
import { normaliseText } from './words.ts';
import { REVIEW_CADENCES, type JourneyKind, type Palette, type Persona, type Review, type ReviewCadence } from './journey.ts';
import { JOURNEY_KINDS, journeyKindFromText, journeyKindLabel, recordOf } from './lane-kinds.ts';

/** Each map kind's label, from the kind registry. */
export const KIND_LABELS: Record<JourneyKind, string> = recordOf(JOURNEY_KINDS, journeyKindLabel);

export const CADENCE_LABELS: Record<ReviewCadence, string> = {
  quarterly: 'quarterly',
  biannual: 'twice a year',
  annual: 'yearly',
};

export const PALETTE_LABELS: Record<Palette, string> = {
  classic: 'classic palette',
  'colour-blind': 'colour-blind safe palette',
};

// ---- Writing (plain text lines; the layout turns them into board HTML) -----

export function personaLines(persona: Persona): string[] {
  const description = persona.description.trim() === '' ? '' : ` — ${persona.description.trim()}`;
  return [
    `Persona: ${persona.name.trim()}${description}`,
    `Goals: ${persona.goals.join('; ')}`,
    `Motivations: ${persona.motivations.join('; ')}`,
    `Frustrations: ${persona.frustrations.join('; ')}`,
  ];
}

export function objectivesLines(objectives: readonly string[]): string[] {
  return ['Objectives:', ...objectives.map((objective, index) => `${index + 1}. ${objective}`)];
}

export function reviewLine(kind: JourneyKind, review: Review): string {
  const parts = [`Map: ${KIND_LABELS[kind]}`];
  parts.push(`Last reviewed: ${review.lastReviewed ?? 'never'}`);
  if (review.cadence !== null) parts.push(`Review: ${CADENCE_LABELS[review.cadence]}`);
  if (review.owner !== undefined && review.owner.trim() !== '') parts.push(`Owner: ${review.owner.trim()}`);
  return parts.join(' · ');
}

export function legendTitle(palette: Palette): string {
  return `Emotion legend · ${PALETTE_LABELS[palette]}`;
}

/** The legend title item's lines: the palette, and what the moment-of-truth marker means. */
export function legendLines(palette: Palette): string[] {
  return [legendTitle(palette), MOMENT_OF_TRUTH_LEGEND];
}

// ---- Reading ----------------------------------------------------------------

// `;` and `|` separate entries; so does the ideographic comma 、 (Japanese lists: 「情報分散、手作業の多さ」).
const LIST_SPLIT = /\s*[;；|、]\s*/;
const BULLET = /^\s*(?:[-*•·‣◦]|\d+[.)])\s+/;

function splitList(text: string): string[] {
  return text
    .split(LIST_SPLIT)
    .map((entry) => entry.replace(BULLET, '').trim())
    .filter((entry) => entry !== '');
}

type Section = 'persona' | 'goals' | 'motivations' | 'frustrations' | 'objectives' | 'other';

/** The section a header label opens; the review line and "Map:" open none. */
function sectionOf(label: HeaderLabel): Section {
  return label === 'review' ? 'other' : label;
}

export interface HeaderReading {
  persona: Persona;
  objectives: string[];
  /** Which sections were present at all, to tell "empty" from "missing". */
  found: Set<Section>;
}

/**
 * Reads persona and objectives from the header's text lines. A section starts
 * with its label ("Goals:", "Objectives") and runs until the next label; its
 * entries are split on `;` or given one per (bulleted or numbered) line.
 */
export function readHeaderLines(lines: readonly string[]): HeaderReading {
  const persona: Persona = { name: '', description: '', goals: [], motivations: [], frustrations: [] };
  const objectives: string[] = [];
  const found = new Set<Section>();
  let current: Section = 'other';
  for (const line of lines) {
    const match = headerLabel(line);
    if (match) {
      current = sectionOf(match.label);
      found.add(current);
      const rest = match.rest;
      if (current === 'persona') Object.assign(persona, splitPersona(rest));
      else if (rest !== '') addEntries(current, splitList(rest), persona, objectives);
      if (current === 'persona') current = 'other';
      continue;
    }
    if (current !== 'other') addEntries(current, splitList(line), persona, objectives);
  }
  return { persona, objectives, found };
}

function addEntries(section: Section, entries: string[], persona: Persona, objectives: string[]): void {
  if (section === 'objectives') append(objectives, entries);
  else if (section === 'goals' || section === 'motivations' || section === 'frustrations') append(persona[section], entries);
}

/** "Sam — remote worker", "Sam, remote worker", "Sam: remote worker", "Sam (32) - remote worker". */
function splitPersona(text: string): { name: string; description: string } {
  // The dash may open the text: a persona written with an empty name reads "— description".
  const match = /^(.*?)\s*(?:(?:^|\s)[—–-]\s|,|:)\s*(.*)$/.exec(text);
  if (match === null) return { name: text.trim(), description: '' };
  return { name: (match[1] ?? '').trim(), description: (match[2] ?? '').trim() };
}

const DATE = /(\d{4}-\d{2}-\d{2})/;

/** Reads the review line: "Last reviewed: 2026-09-01 · Review: quarterly · Owner: CX team" and hand-written variants. */
export function readReview(text: string): Review {
  const lower = text.toLowerCase();
  const reviewedAt = /reviewed\D{0,12}(\d{4}-\d{2}-\d{2})/i.exec(text) ?? (mentionsReview(text) ? DATE.exec(text) : null);
  const owner = /\bowner\s*:\s*([^·\n]*)/i.exec(text)?.[1]?.trim() ?? '';
  return { lastReviewed: reviewedAt?.[1] ?? null, cadence: readCadence(lower), ...(owner === '' ? {} : { owner }) };
}

function readCadence(lower: string): ReviewCadence | null {
  if (/quarter|every 3 months|every three months/.test(lower)) return 'quarterly';
  if (/biannual|twice a year|half[- ]yearly|semi[- ]?annual|every 6 months|every six months/.test(lower)) return 'biannual';
  if (/\bannual|yearly|once a year|every year|every 12 months/.test(lower)) return 'annual';
  return cadenceFromWords(lower);
}

/** The cadence in the other languages' words (lane-words.ts). */
function cadenceFromWords(lower: string): ReviewCadence | null {
  const text = normaliseText(lower);
  return REVIEW_CADENCES.find((cadence) => CADENCE_WORDS[cadence].some((word) => text.includes(normaliseText(word)))) ?? null;
}

/** The map kind named in a text (the review line, the frame title), if any, in any of the registry's words. */
export const readKind = journeyKindFromText;

/** The palette a legend title names, if it is a legend title. */
export function readLegendPalette(text: string): Palette | null {
  const lower = text.toLowerCase();
  if (!lower.includes('legend') && !lower.includes('palette')) return null;
  if (/colou?r[- ]?blind|cvd|accessible/.test(lower)) return 'colour-blind';
  return 'classic';
}
