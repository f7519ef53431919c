// What the demo draws: the board's items turned into plain shapes in board
// coordinates (frame children made absolute), text as plain lines, sticky
// colours as hex. Frames go first (Miro draws them under everything), then
// connectors, then the rest in the board's z-order.
import { absoluteBox, boundsOf, type Box } from '../snapshot/geometry.ts';
import { isConnector, isFrame, isShape, isSticky, isTag, isText, type SnapshotConnector, type SnapshotItem } from '../snapshot/snapshot.ts';
import { htmlToLines } from '../model/html.ts';
import { hexColor, stickyHex } from './colors.ts';
import type { Point } from './view.ts';
import { minOf } from '../model/arrays.ts';

interface Base {
  id: string;
  box: Box;
}

export type Drawable =
  | (Base & { kind: 'frame'; title: string; fill: string })
  | (Base & { kind: 'shape'; shape: string; lines: string[]; fill: string | undefined; stroke: string; rotation: number })
  | (Base & { kind: 'sticky'; lines: string[]; fill: string; tags: string[] })
  | (Base & { kind: 'text'; lines: string[]; fontSize: number; color: string })
  | { kind: 'connector'; id: string; from: Point; to: Point; color: string; arrow: boolean };

export type DrawableKind = Drawable['kind'];

/** Snapshot item types of each drawable kind, for `data-item-type`. */
export const ITEM_TYPE: Record<DrawableKind, string> = {
  frame: 'frame',
  shape: 'shape',
  sticky: 'sticky_note',
  text: 'text',
  connector: 'connector',
};

type Style = Record<string, unknown>;

function styleOf(item: SnapshotItem): Style {
  const style = (item as { style?: unknown }).style;
  return typeof style === 'object' && style !== null ? (style as Style) : {};
}

/** A number given as a number or a numeric string (Miro reports some style sizes as strings). */
function numberOf(value: unknown): number | undefined {
  const parsed = typeof value === 'string' ? Number.parseFloat(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}

function positiveOr(value: unknown, fallback: number): number {
  const parsed = numberOf(value);
  return parsed !== undefined && parsed > 0 ? parsed : fallback;
}

/**
 * The drawing of a board's items, made a slice at a time (`add`) so a big
 * board can be drawn with task boundaries in between; `scene()` is the result.
 */
export class SceneBuilder {
  private readonly lookup: (id: string) => SnapshotItem | undefined;
  private readonly tagTitles: Map<string, string>;
  private readonly frames: Drawable[] = [];
  private readonly connectors: Drawable[] = [];
  private readonly rest: Drawable[] = [];

  constructor(items: readonly SnapshotItem[]) {
    const byId = new Map(items.map((item) => [item.id, item]));
    this.lookup = (id) => byId.get(id);
    this.tagTitles = new Map(items.filter(isTag).map((tag) => [tag.id, tag.title]));
  }

  add(items: readonly SnapshotItem[]): void {
    for (const item of items) this.addItem(item);
  }

  scene(): Drawable[] {
    return [...this.frames, ...this.connectors, ...this.rest];
  }

  private addItem(item: SnapshotItem): void {
    const { lookup, rest } = this;
    if (isConnector(item)) {
      const line = connectorLine(item, lookup);
      if (line) this.connectors.push(line);
      return;
    }
    const box = absoluteBox(item, lookup);
    if (box === undefined) return;
    const style = styleOf(item);
    if (isFrame(item)) this.frames.push({ kind: 'frame', id: item.id, box, title: item.title, fill: hexColor(style.fillColor) ?? '#ffffff' });
    else if (isSticky(item)) {
      const tags = item.tagIds.flatMap((id) => this.tagTitles.get(id) ?? []);
      rest.push({ kind: 'sticky', id: item.id, box, lines: htmlToLines(item.content), fill: stickyHex(style.fillColor), tags });
    } else if (isShape(item)) {
      const shape = { shape: item.shape, fill: hexColor(style.fillColor), stroke: hexColor(style.borderColor) ?? '#1a1a1a' };
      rest.push({ kind: 'shape', id: item.id, box, lines: htmlToLines(item.content), rotation: numberOf(item.rotation) ?? 0, ...shape });
    } else if (isText(item)) {
      const fontSize = positiveOr(style.fontSize, 14);
      const textBox = { ...box, height: box.height > 0 ? box.height : fontSize * 1.4 };
      rest.push({ kind: 'text', id: item.id, box: textBox, lines: htmlToLines(item.content), fontSize, color: hexColor(style.color) ?? '#1a1a1a' });
    }
  }
}

export function buildScene(items: readonly SnapshotItem[]): Drawable[] {
  const builder = new SceneBuilder(items);
  builder.add(items);
  return builder.scene();
}

interface End {
  point: Point;
  /** The item's box when the connector attaches at its centre: the line then stops at its edge. */
  box?: Box;
}

/** A connector's end: a point on its item (`position` is relative, 0–1), else the item's centre. */
function endOf(end: SnapshotConnector['start'], lookup: (id: string) => SnapshotItem | undefined): End | undefined {
  const item = end?.item === undefined ? undefined : lookup(end.item);
  const box = item === undefined ? undefined : absoluteBox(item, lookup);
  if (box === undefined) return undefined;
  const position = end?.position;
  if (position === undefined) return { point: { x: box.x, y: box.y }, box };
  return { point: { x: box.x - box.width / 2 + position.x * box.width, y: box.y - box.height / 2 + position.y * box.height } };
}

/** Where the ray from the centre of `box` toward `target` leaves the box. */
export function edgePoint(box: Box, target: Point): Point {
  const dx = target.x - box.x;
  const dy = target.y - box.y;
  const scales = [dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy)];
  const t = minOf(scales, 1);
  return { x: box.x + dx * t, y: box.y + dy * t };
}

function connectorLine(item: SnapshotConnector, lookup: (id: string) => SnapshotItem | undefined): Drawable | undefined {
  const start = endOf(item.start, lookup);
  const end = endOf(item.end, lookup);
  if (start === undefined || end === undefined) return undefined;
  const from = start.box ? edgePoint(start.box, end.point) : start.point;
  const to = end.box ? edgePoint(end.box, start.point) : end.point;
  const style = styleOf(item);
  // Miro ends a connector with an arrowhead unless its end cap says otherwise (the emotion curve says 'none').
  return { kind: 'connector', id: item.id, from, to, color: hexColor(style.strokeColor) ?? '#1a1a1a', arrow: style.endStrokeCap !== 'none' };
}

/** The board rect (centre-based) that holds every drawable, or undefined for an empty board. */
export function sceneBounds(scene: readonly Drawable[]): Box | undefined {
  const boxes = scene.flatMap((drawable): Box[] => {
    if (drawable.kind !== 'connector') return [drawable.box];
    const { from, to } = drawable;
    return [{ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2, width: Math.abs(from.x - to.x), height: Math.abs(from.y - to.y) }];
  });
  return boundsOf(boxes);
}
