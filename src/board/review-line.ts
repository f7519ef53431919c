// The review line in a map's header ("Map: … · Last reviewed: … · Review: …"):
// found among the frame's texts and shapes, and given a new review date by
// "Mark reviewed" and "Save milestone". The header is the source of truth; the
// checkpoint in storage only adds history.
import { htmlToLines, textToHtml } from '../model/html.ts';
import { isSticky, type BoardSnapshot, type SnapshotItem } from '../snapshot/snapshot.ts';
import { retryOnRateLimit, type RetryOptions } from './calls.ts';
import { linkOrRemove } from './frame-link.ts';
import { isFrameItem, type BoardPort } from './port.ts';

export const MAP_LINE = /^\s*map\s*:/i;
const REVIEWED = /(last reviewed\s*:?\s*)(\d{4}-\d{2}-\d{2}|never)/i;

/** The frame's review line: a text or shape (not a sticky) with a "Map: …" or "Last reviewed" line, as the app writes it. */
export function reviewLineOf(snapshot: BoardSnapshot, frameId: string): SnapshotItem | undefined {
  return snapshot.items.find((item) => {
    if (item.parentId !== frameId || isSticky(item)) return false;
    const content = (item as { content?: unknown }).content;
    return typeof content === 'string' && htmlToLines(content).some((line) => MAP_LINE.test(line) || /last reviewed/i.test(line));
  });
}

/** The lines with the review date set to `day`: replaced where it is written, else added to the map line or as a line of its own. */
export function withReviewDate(lines: readonly string[], day: string): string[] {
  if (lines.some((line) => REVIEWED.test(line))) return lines.map((line) => line.replace(REVIEWED, `$1${day}`));
  const mapLine = lines.findIndex((line) => MAP_LINE.test(line));
  if (mapLine < 0) return [...lines, `Last reviewed: ${day}`];
  return lines.map((line, index) => (index === mapLine ? `${line} · Last reviewed: ${day}` : line));
}

/**
 * Writes `day` into the frame's review line, or adds a review line at the
 * frame's top left when it has none (removed again if it cannot be linked to
 * the frame). Returns the id of the item written.
 */
export async function setReviewDate(board: BoardPort, { snapshot, frameId, day, retry }: { snapshot: BoardSnapshot; frameId: string; day: string; retry?: RetryOptions }): Promise<string> {
  const line = reviewLineOf(snapshot, frameId);
  if (line !== undefined) {
    const item = await retryOnRateLimit(() => board.getById(line.id), retry);
    const content = (item as { content?: unknown }).content;
    Object.assign(item, { content: textToHtml(withReviewDate(htmlToLines(typeof content === 'string' ? content : ''), day).join('\n')) });
    await retryOnRateLimit(() => (item as { sync(): Promise<void> }).sync(), retry);
    return item.id;
  }
  if (!snapshot.items.some((item) => item.id === frameId)) throw new Error(`no frame has id "${frameId}"`);
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, retry);
  // The frame first: one deleted meanwhile (or a failed call) leaves nothing made.
  const frame = await call(() => board.getById(frameId));
  if (!isFrameItem(frame)) throw new Error(`no frame has id "${frameId}"`);
  const text = await call(() => board.createText({ content: textToHtml(`Last reviewed: ${day}`), x: frame.x - frame.width / 2 + 420, y: frame.y - frame.height / 2 + 60, width: 800 }));
  await linkOrRemove(board, { frame, item: text, what: 'write the review date', call });
  return text.id;
}
