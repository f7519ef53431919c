// Import a journey from CSV: one row per sticky, columns stage, lane, text,
// valence, channel, owner, evidence (+ optional moment_of_truth). Stages and
// lanes come in first-seen order; a lane's kind comes from its name. Every
// problem is one "row N, column C: reason" line (the header is row 1).
import { journeySchema, type Journey, type JourneyKind, type Note } from '../model/journey.ts';
import { laneKindFromName } from '../model/lane-kinds.ts';
import { describeIssues } from '../model/zod.ts';
import type { ParseResult } from '../model/journey-file.ts';
import { byteLength, sizeError, stripBom } from './import-common.ts';
import { unguardFormula } from './csv-formula.ts';
import { capProblem, contentProblem, noteContentProblem } from './import-limits.ts';

export const CSV_COLUMNS = ['stage', 'lane', 'text', 'valence', 'channel', 'owner', 'evidence', 'moment_of_truth'] as const;
const REQUIRED = ['stage', 'lane', 'text'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export interface CsvImportOptions {
  title?: string;
  /** The map kind when the lanes do not say (frontstage/backstage lanes make a service blueprint). */
  kind?: JourneyKind;
}

const headerName = (cell: string) => cell.trim().toLowerCase().replace(/[\s-]+/g, '_');

function parseValence(raw: string): number | null | string {
  const text = raw.trim().replace('−', '-');
  if (text === '') return null;
  if (/^[+-]?[0-2]$/.test(text)) return Number(text) === 0 ? 0 : Number(text);
  return `expected a whole number from -2 to 2, or empty; got "${raw.trim()}"`;
}

function parseFlag(raw: string): boolean | string {
  const text = raw.trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0'].includes(text)) return false;
  if (['yes', 'y', 'true', '1', 'x', '⭐'].includes(text)) return true;
  return `expected yes or no, or empty; got "${raw.trim()}"`;
}

function optional(raw: string | undefined): string | null {
  const text = raw?.trim() ?? '';
  return text === '' ? null : text;
}

interface Builder {
  stages: Map<string, string>; // name → id
  lanes: Map<string, string>;
  notes: Note[];
  errors: string[];
  /** A cap is reported once, at the first row over it. */
  capsReported: Set<string>;
}

function idFor(map: Map<string, string>, { name, prefix }: { name: string; prefix: string }): string {
  const existing = map.get(name);
  if (existing !== undefined) return existing;
  const id = `${prefix}-${map.size + 1}`;
  map.set(name, id);
  return id;
}

function readRow(builder: Builder, { cells, rowNumber }: { cells: (column: Column) => string | undefined; rowNumber: number }): void {
  const fail = (column: Column, reason: string) => builder.errors.push(`row ${rowNumber}, column ${column}: ${reason}`);
  const stage = cells('stage')?.trim() ?? '';
  const lane = cells('lane')?.trim() ?? '';
  if (stage === '') fail('stage', 'empty; every row names its stage');
  if (lane === '') fail('lane', 'empty; every row names its lane');
  const valence = parseValence(cells('valence') ?? '');
  if (typeof valence === 'string') fail('valence', valence);
  const moment = parseFlag(cells('moment_of_truth') ?? '');
  if (typeof moment === 'string') fail('moment_of_truth', moment);
  if (stage === '' || lane === '' || typeof valence === 'string' || typeof moment === 'string') return;
  const text = cells('text')?.trim() ?? '';
  if (!withinLimits(builder, { stage, lane, text, valence, fail })) return;
  const stageId = idFor(builder.stages, { name: stage, prefix: 'stage' });
  const laneId = idFor(builder.lanes, { name: lane, prefix: 'lane' });
  // A row without text only declares its stage and lane (a blank column or row on the map).
  if (text === '') return;
  builder.notes.push({ id: `note-${builder.notes.length + 1}`, stageId, laneId, text, valence, channel: optional(cells('channel')), owner: optional(cells('owner')), evidence: optional(cells('evidence')), momentOfTruth: moment });
}

/** What the board could not hold, or a stage, lane or note over the caps: said against the row. */
function withinLimits(builder: Builder, row: { stage: string; lane: string; text: string; valence: number | null; fail: (column: Column, reason: string) => void }): boolean {
  const problems: [Column, string | null][] = [
    ['stage', builder.stages.has(row.stage) ? null : (contentProblem(row.stage) ?? capOnce(builder, 'stages', builder.stages.size + 1))],
    ['lane', builder.lanes.has(row.lane) ? null : (contentProblem(row.lane) ?? capOnce(builder, 'lanes', builder.lanes.size + 1))],
    ['text', row.text === '' ? null : (noteContentProblem({ text: row.text, valence: row.valence }) ?? capOnce(builder, 'notes', builder.notes.length + 1))],
  ];
  for (const [column, problem] of problems) if (problem !== null) row.fail(column, problem);
  return problems.every(([, problem]) => problem === null);
}

function capOnce(builder: Builder, what: 'stages' | 'lanes' | 'notes', number: number): string | null {
  const problem = capProblem(what, number);
  if (problem === null || builder.capsReported.has(what)) return null;
  builder.capsReported.add(what);
  return problem;
}

function toJourney(builder: Builder, options: CsvImportOptions): Journey {
  const lanes = [...builder.lanes].map(([name, id]) => ({ id, name, kind: laneKindFromName(name) }));
  const blueprint = lanes.some((lane) => lane.kind === 'frontstage' || lane.kind === 'backstage' || lane.kind === 'support');
  return {
    id: 'imported',
    title: options.title ?? 'Imported journey',
    kind: blueprint ? 'service-blueprint' : (options.kind ?? 'current-state'),
    palette: 'classic',
    persona: { name: '', description: '', goals: [], motivations: [], frustrations: [] },
    objectives: [],
    stages: [...builder.stages].map(([name, id], order) => ({ id, name, order })),
    lanes,
    notes: builder.notes,
    review: { lastReviewed: null, cadence: null },
  };
}

/** Parses CSV text into a journey, or every row-level error; nothing partial. */
export async function importJourneyCsv(text: string, options: CsvImportOptions = {}): Promise<ParseResult<Journey>> {
  const tooBig = sizeError(byteLength(text));
  if (tooBig !== null) return { ok: false, errors: [tooBig] };
  // Loaded on demand so the panel's first load does not carry the parser.
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(stripBom(text), { header: false, skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const errors = parsed.errors.filter((error) => error.type !== 'FieldMismatch' && error.code !== 'UndetectableDelimiter').map((error) => `row ${(error.row ?? 0) + 1}: ${error.message}`);
  const [header = [], ...rows] = parsed.data;
  const index = new Map(header.map((cell, position) => [headerName(cell), position]));
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length > 0) return { ok: false, errors: [...errors, ...missing.map((column) => `row 1, column ${column}: missing; the header must name the columns ${REQUIRED.join(', ')}`)] };
  const builder: Builder = { stages: new Map(), lanes: new Map(), notes: [], errors, capsReported: new Set() };
  rows.forEach((row, position) => {
    // Blank lines are skipped here, not by the parser, so row numbers stay those of the file.
    if (row.every((cell) => cell.trim() === '')) return;
    const cells = (column: Column) => {
      const at = index.get(column);
      const cell = at === undefined ? undefined : row[at];
      return cell === undefined ? undefined : unguardFormula(cell);
    };
    readRow(builder, { cells, rowNumber: position + 2 });
  });
  if (builder.errors.length > 0) return { ok: false, errors: builder.errors };
  if (builder.stages.size === 0) return { ok: false, errors: ['row 2: the file has no rows after the header'] };
  const result = journeySchema.safeParse(toJourney(builder, options));
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: describeIssues(result.error, 'journey') };
}
