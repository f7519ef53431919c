// The import corpus: every file in tests/hostile/files/ (plus two generated
// over the size limit) with what the JSON or CSV import must make of it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path beside this file (under happy-dom, import.meta.url is not a file URL: fall back to the repository root). */
const here = (relative: string) => (import.meta.url.startsWith('file:') ? fileURLToPath(new URL(relative, import.meta.url)) : resolve('tests/hostile', relative));

export interface FileCase {
  name: string;
  hits: string;
  text?: () => string;
  ok: boolean;
  /** On success: texts that must come out literally as whole fields. */
  literals?: string[];
  /** On success: how many notes. */
  notes?: number;
  /** On failure: the error lines, exactly (in order). */
  errors?: string[];
}

export function fileText(entry: FileCase): string {
  return entry.text?.() ?? readFileSync(here(`files/${entry.name}`), 'utf8');
}

const validJson = () => readFileSync(here('files/journey-valid.json'), 'utf8');
const HEADER_MISSING = (column: string) => `row 1, column ${column}: missing; the header must name the columns stage, lane, text`;
const VALENCE = (raw: string) => `row ${raw === 'very' ? 4 : 5}, column valence: expected a whole number from -2 to 2, or empty; got "${raw}"`;

/** A valid journey file padded past 1 MB by a long objective. */
function bigJson(): string {
  const data = JSON.parse(validJson()) as { journey: { objectives: string[] } };
  data.journey.objectives.push('x'.repeat(1_150_000));
  return JSON.stringify(data);
}

function bigCsv(): string {
  const row = 'Discover,Doing,A long note that repeats to make the file large enough to refuse,1,web,product,survey\n';
  return `stage,lane,text,valence,channel,owner,evidence\n${row.repeat(Math.ceil(1_100_000 / row.length))}`;
}

const JOURNEY_LITERALS = ['Sees an ad <img src=x onerror=alert(1)>', 'Sam <script>alert(1)</script>', 'Sign up &amp; pay', 'Forced account &lt;script&gt;', 'Guest checkout\nsecond line', 'Coffee <b>subscription</b>'];

export const JSON_CASES: FileCase[] = [
  { name: 'journey-valid.json', hits: 'markup and entities in names and texts (JSON is not HTML)', ok: true, notes: 3, literals: JOURNEY_LITERALS },
  { name: 'journey-bom.json', hits: 'a byte-order mark', ok: true, notes: 3, literals: JOURNEY_LITERALS },
  { name: 'journey-crlf.json', hits: 'Windows line ends', ok: true, notes: 3 },
  { name: 'journey-extra-fields.json', hits: 'fields this version does not know', ok: true, notes: 3 },
  { name: 'journey-proto.json', hits: '"__proto__" and "constructor" keys', ok: true, notes: 3 },
  { name: 'journey-wrong-version.json', hits: 'schemaVersion 2', ok: false, errors: ['schemaVersion: this app reads version 1, the file is version 2'] },
  {
    name: 'journey-invalid-fields.json',
    hits: 'bad kind, valence 5, a date that does not exist',
    ok: false,
    errors: [
      'journey.kind: Invalid option: expected one of "current-state"|"future-state"|"day-in-the-life"|"service-blueprint"',
      'journey.notes.0.valence: Too big: expected number to be <=2',
      'journey.review.lastReviewed: not a real calendar date',
    ],
  },
  { name: 'journey-duplicate-ids.json', hits: 'two notes with one id', ok: false, errors: ['journey.notes.3.id: duplicate id "n1"'] },
  { name: 'journey-not-json.json', hits: 'not JSON', ok: false, errors: ["(root): not valid JSON (Expected property name or '}' in JSON at position 2)"] },
  { name: 'journey-empty.json', hits: 'an empty file', ok: false, errors: ['(root): not valid JSON (Unexpected end of JSON input)'] },
  { name: 'journey-array.json', hits: 'a JSON array', ok: false, errors: ['(root): Invalid input: expected object, received array'] },
  { name: 'journey-too-big', hits: 'a valid file of 1.2 MB', text: bigJson, ok: false, errors: ['the file is 1.2 MB; the limit is 1 MB'] },
  { name: 'journey-deep', hits: 'objectives nested 100,000 arrays deep', text: () => validJson().replace('"objectives": [', `"objectives": [${'['.repeat(100_000)}${']'.repeat(100_000)},`), ok: false, errors: ['journey.objectives.0: Invalid input: expected string, received array'] },
];

export const CSV_CASES: FileCase[] = [
  { name: 'notes-valid.csv', hits: 'the documented columns', ok: true, notes: 3, literals: ['Sees an Instagram ad', 'Guest checkout', 'Discover', 'Sign up', 'Doing', 'Ideas'] },
  { name: 'notes-extra-columns.csv', hits: 'two columns more than documented', ok: true, notes: 2, literals: ['Sees an ad', 'Account wall'] },
  { name: 'notes-bom.csv', hits: 'a byte-order mark before the header', ok: true, notes: 1, literals: ['Discover'] },
  { name: 'notes-semicolon.csv', hits: '; as separator, a comma inside a text', ok: true, notes: 2, literals: ['Sees an ad, then clicks'] },
  { name: 'notes-quoted-newlines.csv', hits: 'quoted newlines and doubled quotes', ok: true, notes: 2, literals: ['Sees an ad\nand clicks, twice', 'He said "no"\r\nthen left'] },
  { name: 'notes-crlf.csv', hits: 'Windows line ends', ok: true, notes: 2, literals: ['Account wall'] },
  { name: 'notes-reordered-columns.csv', hits: 'columns in another order and case', ok: true, notes: 1, literals: ['Sees an ad'] },
  { name: 'notes-html-formula.csv', hits: 'script, a spreadsheet formula, entities', ok: true, notes: 3, literals: ['<script>window.__pwned=1</script>', '=HYPERLINK("http://evil.example","x")', '&lt;b&gt;literal&lt;/b&gt;'] },
  {
    name: 'notes-bad-rows.csv',
    hits: 'empty stage, words and 7 as valence, an unterminated quote',
    ok: false,
    errors: ['row 6: Quoted field unterminated', 'row 3, column stage: empty; every row names its stage', VALENCE('very'), VALENCE('7')],
  },
  { name: 'notes-missing-columns.csv', hits: 'no lane and no text column', ok: false, errors: [HEADER_MISSING('lane'), HEADER_MISSING('text')] },
  { name: 'notes-empty.csv', hits: 'an empty file', ok: false, errors: [HEADER_MISSING('stage'), HEADER_MISSING('lane'), HEADER_MISSING('text')] },
  { name: 'notes-header-only.csv', hits: 'a header and no rows', ok: false, errors: ['row 2: the file has no rows after the header'] },
  { name: 'notes-binary.csv', hits: 'binary garbage', ok: false, errors: ['row 1: Quoted field unterminated', HEADER_MISSING('stage'), HEADER_MISSING('lane'), HEADER_MISSING('text')] },
  { name: 'notes-too-big', hits: 'a valid file of 1.1 MB', text: bigCsv, ok: false, errors: ['the file is 1.1 MB; the limit is 1 MB'] },
];
