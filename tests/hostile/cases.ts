// The hostile board corpus: every file in tests/hostile/boards/ (plus a few
// generated here, too big or too deep to keep as files) with the outcome it
// must have. Most are the hand-made coffee map of /work/shared/examples with
// one thing broken, so a correct read is known: four stages, Renew without a
// touchpoint, hence an error-level finding and exit code 1 from `check`.
import { readFileSync } from 'node:fs';

export type ReadOutcome = 'ok' | 'no-frame' | 'ambiguous' | 'not-found';

export interface BoardCase {
  /** The file in tests/hostile/boards/ (without .json), unless `text` generates it. */
  name: string;
  hits: string;
  text?: () => string;
  /** Passed to readback as `frameId` and to the CLI as `--frame`. */
  frameId?: string;
  parse: 'ok' | 'error';
  /** Readback's outcome, when the snapshot parses. */
  read?: ReadOutcome;
  exit: 0 | 1 | 2;
  /** Texts that must come out literally, each as one whole field (note text, stage or lane name, title…). */
  literals?: string[];
  /** A warning (from the parser or readback) must match each. */
  warnings?: RegExp[];
}

const BOARDS = new URL('./boards/', import.meta.url);

export function boardText(entry: BoardCase): string {
  return entry.text?.() ?? readFileSync(new URL(`${entry.name}.json`, BOARDS), 'utf8');
}

const coffeeText = () => readFileSync(new URL('../fixtures/board-handmade-coffee.json', import.meta.url), 'utf8');
const coffee = () => JSON.parse(coffeeText()) as { version: 1; items: Record<string, unknown>[]; metadata?: Record<string, unknown> };

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** The coffee map plus enough loose stickies around it to make a file of about `megabytes` MB. */
function bigBoard(megabytes: number): string {
  const board = coffee();
  const filler = 'Loose workshop sticky with a long line of text to pad the snapshot out. '.repeat(3);
  const count = Math.ceil((megabytes * 1024 * 1024) / 330);
  for (let n = 0; n < count; n++) {
    board.items.push({ id: `loose-${n}`, type: 'sticky_note', x: 5000 + (n % 200) * 220, y: (n / 200) * 250, width: 199, height: 228, content: `<p>${filler}${n}</p>`, style: { fillColor: 'light_yellow' }, tagIds: [] });
  }
  return JSON.stringify(board);
}

function deepMetadataBoard(depth: number): string {
  const text = coffeeText().trimEnd();
  return `${text.slice(0, -1)}, "metadata": { "cs-frame": { "app": "journey-map", "deep": ${nested(depth)} } }, "appData": { "deep": ${nested(depth)} } }`;
}

function deepItemBoard(depth: number): string {
  const text = coffeeText().trimEnd();
  const items = text.indexOf('"items": [') + '"items": ['.length;
  return `${text.slice(0, items)}{ "id": "deep-img", "type": "image", "data": ${nested(depth)} },${text.slice(items)}`;
}

const TEXT_5999 = 'Is it worth the price? '.repeat(300).slice(0, 5992).trim();
const COFFEE_STAGES = ['Discover', 'Sign up', 'First box', 'Renew'];

/** What tests/hostile/boards/browser-payloads.json must show, as text. */
export const BROWSER_LITERALS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2;alert(2)"> Checkout',
  'Forced account',
  'Guest checkout',
  '<a href="javascript:alert(6)">worth it?</a>',
  "<script>alert('stage')</script>Sign up",
  'First box',
  '<iframe src="javascript:alert(9)"></iframe>Thinking',
  '<img src=x onerror=window.__pwned=7> Coffee',
  '<svg onload=alert(8)>',
];

/** Shorthand for a coffee map that parses and reads: exit 1, the given literals kept. */
const reads = (name: string, hits: string, literals: string[] = [], extra: Partial<BoardCase> = {}): BoardCase => ({
  name,
  hits,
  parse: 'ok',
  read: 'ok',
  exit: 1,
  // The four stage names are checked too, unless the case names the stages it expects.
  literals: literals.some((literal) => COFFEE_STAGES.includes(literal)) ? literals : [...COFFEE_STAGES.filter((stage) => !literals.some((literal) => literal.includes(stage))), ...literals],
  ...extra,
});

const refused = (name: string, hits: string, warning: RegExp): BoardCase => ({ name, hits, parse: 'error', exit: 2, warnings: [warning] });

export const BOARD_CASES: BoardCase[] = [
  // Markup and script in every place text lives.
  reads('sticky-script-raw', 'raw <script> in sticky content', ['window.__pwned=1Sees an Instagram ad']),
  reads('sticky-script-encoded', 'entity-encoded <script> in a sticky', ['<script>window.__pwned=1</script> Sees an ad']),
  reads('sticky-img-onerror-encoded', 'encoded <img onerror> in a sticky', ['<img src=x onerror="window.__pwned=1"> Checkout asks for an account']),
  reads('sticky-img-onerror-raw', 'raw <img onerror> before an emoji marker', ['Box arrives']),
  reads('sticky-javascript-link', 'javascript: link in a sticky', ['Checkout asks for an account']),
  reads('sticky-svg-iframe-raw', 'raw <svg onload>, <iframe>, <style> in a sticky', ['*{display:none}Is it worth the price?']),
  reads('stage-name-script-encoded', 'encoded <script> in a stage header', ['<script>alert(1)</script>Sign up']),
  reads('stage-name-html-raw', 'raw markup and a javascript: link in a stage header', ['Sign up']),
  reads('frame-title-html', 'markup in the frame title (plain text in Miro)', ['<script>window.__pwned=1</script> Coffee & <b>beans</b>']),
  reads('tag-title-html', 'markup in a tag title', ['<img src=x onerror=alert(1)>']),
  reads('lane-name-encoded', 'encoded markup in a lane label', ['<i>Thinking</i>']),
  reads('persona-html', 'markup and a javascript: link in the persona text', []),
  reads('browser-payloads', 'the browser test\'s board: payloads in stickies, stages, lanes, persona, frame and tag titles', BROWSER_LITERALS),
  reads('entities-double-encoded', '&amp;lt; decodes once, to &lt;', ['&lt;script&gt; stays encoded once']),
  reads('entities-numeric', 'numeric, out-of-range and unknown entities', ['<script> and <b> and &#0; and &#99999999; and &bogus;']),
  reads('raw-angle-brackets', 'a bare < and > that are not tags', ['1 < 2 and 3 > 2']),
  reads('comment-and-cdata', 'an HTML comment and CDATA in a sticky', ['Checkout asks for an account first']),
  reads('multiline-markup', '<br> and paragraphs become lines', ['Forced\naccount\ncreation\nsecond paragraph']),
  reads('unicode-controls', 'bidi override, zero-width, NUL, a lone surrogate', ['\u202eda na seeS\u202c zero\u200bwidth \u0000nul 👩🏽‍💻 \ud83d lone']),
  reads('duplicate-stage-names', 'two stages with the same name', ['Discover', 'Sign up', 'Renew']),
  // Sizes and emptiness.
  reads('text-5999-chars', 'the longest content the SDK accepts', [TEXT_5999]),
  reads('text-20000-chars', 'content longer than the SDK allows', ['x'.repeat(20000)]),
  reads('content-empty', 'empty sticky content'),
  reads('content-missing', 'no content field'),
  reads('content-whitespace-only', 'content of blank paragraphs'),
  reads('content-null', 'null content: the sticky is kept, read as empty, with a warning', [], { warnings: [/item 13 \(id cs-2, sticky_note\): content: .*; read without that field/] }),
  reads('frame-title-null', 'null frame title: the frame is read untitled', [], { warnings: [/item 0 \(id cs-frame, frame\): title: .*; read without that field/] }),
  // Colours.
  reads('colour-unknown-string', '"unknown" colour (as the REST API reports one picked in the UI)', [], { warnings: [/sticky cs-2: colour "unknown" is not a sticky colour this app knows; read as unrated/] }),
  reads('colour-hex', 'a hex sticky colour', [], { warnings: [/sticky cs-2: colour "#ff0000" is not a sticky colour this app knows; read as unrated/] }),
  reads('colour-not-a-string', 'a number as colour: the sticky is kept without colour', ['Checkout asks for an account first'], { warnings: [/item 13 \(id cs-2, sticky_note\): style.fillColor: .*; read without that field/] }),
  reads('style-null', 'null style: the sticky is kept without style', ['Checkout asks for an account first'], { warnings: [/item 13 \(id cs-2, sticky_note\): style: .*; read without that field/] }),
  // Coordinates and sizes.
  reads('coordinate-nan-string', '"NaN" as a coordinate', [], { warnings: [/item 13 \(id cs-2, sticky_note\): skipped, x: /] }),
  reads('coordinate-numeric-string', '"430" (a string) as a coordinate', [], { warnings: [/skipped, y: /] }),
  reads('coordinate-huge', '±1e308 as coordinates', [], { warnings: [/sticky cs-2: in the frame but in no cell/] }),
  reads('coordinate-overflow-infinity', '1e999 (Infinity once parsed) as a coordinate', [], { warnings: [/skipped, x: .*Infinity/] }),
  reads('frame-size-huge', 'a frame 1e308 wide and high'),
  reads('frame-size-zero', 'a frame of size 0×0'),
  reads('size-negative', 'a negative width on a stage header', ['Discover', 'Sign up', 'Renew'], { warnings: [/item 4 \(id cs-h2, shape\): skipped, width: /] }),
  // Structure.
  reads('parent-nowhere', 'parentId pointing to no item', ['Discover', 'Sign up', 'First box']),
  reads('parent-cycle', 'two frames each the parent of the other', [], { frameId: 'cs-frame' }),
  { name: 'parent-cycle', hits: 'two frames each the parent of the other, no --frame', parse: 'ok', read: 'ok', exit: 1, literals: COFFEE_STAGES },
  reads('parent-self', 'a frame that is its own parent'),
  reads('connector-cycles', 'a cycle of connectors, a self-loop, a dangling end', [], { warnings: [/item 23 \(id c-bad, connector\): start: .*; read without that field/] }),
  reads('unknown-item-types', 'image, card, embed, mindmap node, empty and numeric types, missing ids', [], { warnings: [/item 23: skipped, type: /, /item 24: skipped, id: /] }),
  reads('items-not-objects', 'null, numbers, strings, arrays as items', [], { warnings: [/item 0: skipped, \(root\): /] }),
  reads('duplicate-ids', 'two items with the same id', [], { warnings: [/item 18 \(id cs-1\): skipped, another item has the same id/] }),
  reads('prototype-ids', 'items with ids __proto__, constructor, toString, hasOwnProperty', ['id __proto__', 'id constructor', 'id toString', 'id hasOwnProperty']),
  reads('metadata-proto-key', 'metadata keyed "__proto__"'),
  // Metadata and app data.
  reads('metadata-array', 'metadata as an array', [], { warnings: [/metadata: ignored, not an object of item ids/] }),
  reads('metadata-item-string', "an item's metadata as a string", [], { warnings: [/metadata of cs-frame: ignored, not a JSON object/] }),
  reads('metadata-too-big', 'item metadata of 20 KB (the SDK allows 6 KB)'),
  reads('metadata-old-version', 'metadata and app data written by an older version'),
  reads('metadata-future-version', 'metadata from a newer version'),
  reads('metadata-lies', 'metadata that contradicts the board (the board wins)'),
  reads('appdata-wrong-shape', 'app data as a string', [], { warnings: [/appData: ignored, not a JSON object/] }),
  { name: 'deep-metadata', hits: 'metadata and app data nested 20,000 levels deep', text: () => deepMetadataBoard(20_000), parse: 'ok', read: 'ok', exit: 1, literals: COFFEE_STAGES, warnings: [/metadata of cs-frame: ignored, nested too deeply/, /appData: ignored, nested too deeply/] },
  { name: 'deep-unknown-item', hits: 'an unknown item carrying JSON nested 20,000 levels deep', text: () => deepItemBoard(20_000), parse: 'ok', read: 'ok', exit: 1, literals: COFFEE_STAGES },
  // Frames.
  { name: 'frame-without-headers', hits: 'a frame of stickies with no header row or lane labels', parse: 'ok', read: 'no-frame', exit: 2 },
  { name: 'two-frames-overlapping', hits: 'two journey frames overlapping, no --frame', parse: 'ok', read: 'ambiguous', exit: 2 },
  reads('two-frames-overlapping', 'two journey frames overlapping, --frame picks one', [], { frameId: 'b-cs-frame' }),
  { name: 'two-frames-overlapping', hits: '--frame naming no frame', frameId: 'ghost', parse: 'ok', read: 'not-found', exit: 2 },
  { name: 'no-frame', hits: 'stickies and shapes but no frame', parse: 'ok', read: 'no-frame', exit: 2 },
  { name: 'empty-board', hits: 'a board with no items', parse: 'ok', read: 'no-frame', exit: 2 },
  // Tags.
  reads('hundred-tags-one-sticky', '100 tags (the board maximum) on one sticky', []),
  reads('tag-ids-nowhere', 'tag ids of no tag, and of a sticky', [], { warnings: [/sticky cs-1: tag ghost is not on the board; ignored/] }),
  reads('tag-without-title', 'a tag without a title', [], { warnings: [/item 11 \(id t-own-mkt, tag\): skipped, title: /] }),
  reads('tag-ids-not-array', 'tagIds as a string: the sticky is kept without tags', ['Sees an Instagram ad'], { warnings: [/item 12 \(id cs-1, sticky_note\): tagIds: .*; read without that field/] }),
  // Size.
  { name: 'snapshot-5mb', hits: 'a 5 MB snapshot (the map and 16,000 loose stickies)', text: () => bigBoard(5), parse: 'ok', read: 'ok', exit: 1, literals: COFFEE_STAGES },
  // The envelope.
  reads('bom-at-start', 'a byte-order mark before the JSON'),
  refused('invalid-json-truncated', 'a file cut in half', /^not valid JSON: /),
  refused('empty-file', 'an empty file', /^not valid JSON: /),
  refused('items-not-array', 'items as an object', /^not a board snapshot \(items: /),
  refused('version-2', 'a snapshot version this app does not know', /^not a board snapshot \(version: /),
  refused('version-string', 'version "1" as a string', /^not a board snapshot \(version: /),
  refused('top-level-array', 'a JSON array', /^not a board snapshot \(\(root\): /),
  refused('top-level-null', 'JSON null', /^not a board snapshot \(\(root\): /),
];
