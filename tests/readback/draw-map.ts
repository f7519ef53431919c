// Draws a journey map the way a facilitator copies one onto a board: stage
// titles in a row (shapes or texts, of one to three lines, tops aligned),
// lane labels in a column, one sticky per entry packed two a row in its cell,
// header texts above, and workshop clutter on request. For make-real-fixtures.ts.
import { connector, frame, shape, sticky, tag, text, type Item } from './board-items.ts';

export interface Entry {
  text: string;
  /** A sticky colour name; light yellow (unrated) when absent. */
  color?: string;
  /** Tag titles on the sticky. */
  tags?: string[];
}

export interface MapSpec {
  id: string;
  title: string;
  /** Stage titles as HTML; `<br>` or several `<p>` make titles of several lines. */
  stages: string[];
  /** Stage titles as text items (Miro computes their height) rather than shapes. */
  stagesAsText?: boolean;
  lanes: string[];
  /** cells[lane][stage]: the entries of each cell. */
  cells: (Entry | string)[][][];
  /** Texts above the grid (persona, objectives…), as HTML. */
  header?: string[];
  /** A label in the header row's corner, over the lane labels ("Stage", "User steps"). */
  corner?: string;
  /** Texts parked right of the grid. */
  aside?: string[];
  clutter?: { votes?: number; stickers?: number; arrows?: boolean };
}

const COLUMN = 420;
const LABEL_X = 150;
const GRID_LEFT = 300;
const HEADER_TOP = 260;
const LINE = 28;

const linesOf = (html: string) => Math.max(1, html.split(/<br\s*\/?>|<\/p>\s*<p>/).length);
const entryOf = (entry: Entry | string): Entry => (typeof entry === 'string' ? { text: entry } : entry);
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function laneHeights(spec: MapSpec): number[] {
  return spec.lanes.map((_lane, j) => Math.max(240, ...spec.stages.map((_stage, i) => Math.ceil((spec.cells[j]?.[i]?.length ?? 0) / 2) * 200 + 40)));
}

export function drawMap(spec: MapSpec): Item[] {
  const f = `${spec.id}-frame`;
  const heights = laneHeights(spec);
  const gridTop = HEADER_TOP + 3 * LINE + 40;
  const width = GRID_LEFT + spec.stages.length * COLUMN + 500;
  const height = gridTop + heights.reduce((sum, h) => sum + h, 0) + 100;
  const items: Item[] = [frame(f, spec.title, [width / 2, height / 2, width, height])];
  (spec.header ?? []).forEach((html, k) => items.push(text(`${spec.id}-hd${k}`, f, html, [GRID_LEFT + 200 + k * 700, 120, 650])));
  if (spec.corner !== undefined) items.push(shape(`${spec.id}-corner`, f, spec.corner, [LABEL_X, HEADER_TOP + LINE, 240, 2 * LINE]));
  spec.stages.forEach((html, i) => {
    const lines = linesOf(html);
    const h = lines * LINE + 16;
    const at: [number, number, number] = [GRID_LEFT + i * COLUMN + COLUMN / 2, HEADER_TOP + h / 2, COLUMN - 40];
    // Tops aligned, as people drag titles: a three-line title reaches lower than a one-line one.
    items.push(spec.stagesAsText === true ? text(`${spec.id}-h${i}`, f, html, at) : { ...shape(`${spec.id}-h${i}`, f, '', [...at, h]), content: html });
  });
  let top = gridTop;
  spec.lanes.forEach((html, j) => {
    const h = heights[j] as number;
    items.push({ ...shape(`${spec.id}-l${j}`, f, '', [LABEL_X, top + h / 2, 240, h - 20]), content: html });
    spec.stages.forEach((_stage, i) => {
      (spec.cells[j]?.[i] ?? []).forEach((raw, k) => {
        const entry = entryOf(raw);
        const at: [number, number] = [GRID_LEFT + i * COLUMN + 110 + (k % 2) * 200, top + 110 + Math.floor(k / 2) * 200];
        const tagIds = (entry.tags ?? []).map((title) => `${spec.id}-tag-${title}`);
        items.push(sticky(`${spec.id}-s${j}-${i}-${k}`, f, `<p>${escape(entry.text)}</p>`, at, entry.color ?? 'light_yellow', tagIds));
      });
    });
    top += h;
  });
  const titles = new Set(spec.cells.flat(2).flatMap((entry) => entryOf(entry).tags ?? []));
  items.push(...[...titles].map((title) => tag(`${spec.id}-tag-${title}`, title)));
  (spec.aside ?? []).forEach((html, k) => items.push(text(`${spec.id}-aside${k}`, f, html, [width - 220, gridTop + 100 + k * 260, 380])));
  return [...items, ...clutter(spec, items)];
}

/** Dot votes ("+1" texts) on stickies' corners, emoji stickers beside them, arrows between neighbours. */
function clutter(spec: MapSpec, items: readonly Item[]): Item[] {
  const stickies = items.filter((item) => item.type === 'sticky_note') as (Item & { id: string; x: number; y: number; parentId: string })[];
  const extra: Item[] = [];
  for (let k = 0; k < (spec.clutter?.votes ?? 0) && stickies.length > 0; k++) {
    const s = stickies[k % stickies.length] as (typeof stickies)[number];
    extra.push(text(`${spec.id}-vote${k}`, s.parentId, '<p>+1</p>', [s.x + 60 - 30 * Math.floor(k / stickies.length), s.y - 75, 40]));
  }
  for (let k = 0; k < (spec.clutter?.stickers ?? 0) && stickies.length > 0; k++) {
    const s = stickies[(k * 2) % stickies.length] as (typeof stickies)[number];
    extra.push(text(`${spec.id}-sticker${k}`, s.parentId, `<p>${['👍', '❤️', '🔥', '⭐'][k % 4]}</p>`, [s.x - 55, s.y + 65, 48]));
  }
  if (spec.clutter?.arrows === true) stickies.slice(1).forEach((s, k) => extra.push(connector(`${spec.id}-arrow${k}`, s.parentId, (stickies[k] as { id: string }).id, s.id)));
  return extra;
}
