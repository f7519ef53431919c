// "Create future state from this map" (docs/compare-review.md): the frame copied to
// its right, titled "Future state: …", its review line saying "Map: Future
// state" and "Future state of: <title>"; each copied sticky keeps its source's
// id in item metadata; the pair of frames is also kept in the app's storage
// collection. A storage failure never undoes the copy: it is reported.
import { KIND_LABELS } from '../model/header-text.ts';
import { htmlToLines, textToHtml } from '../model/html.ts';
import { retryOnRateLimit, type RetryOptions } from './calls.ts';
import { copyFrame } from './copy-frame.ts';
import { errorMessage } from './errors.ts';
import { LINEAGE_KEY, lineageValue } from './lineage.ts';
import type { BoardPort } from './port.ts';
import { readBoard } from './reader.ts';
import { MAP_LINE, reviewLineOf } from './review-line.ts';
import { isFrame, isSticky } from '../snapshot/snapshot.ts';

/** The app's storage collection (frames cannot hold metadata: per-frame records live here). */
export const STORAGE_COLLECTION = 'journey-map';
export const FUTURE_OF_LABEL = 'Future state of:';

export const futureStateKey = (frameId: string): string => `future:${frameId}`;

/** "Future state: Checkout", from "Checkout" or "Current state: Checkout". */
export function futureTitle(title: string): string {
  const base = title.replace(/^\s*current[- ]state\s*[:\-–—]\s*/i, '').trim();
  return `${KIND_LABELS['future-state']}: ${base === '' ? 'journey map' : base}`;
}

/** The review line's text for the copy: the map's kind made "Future state", and where it came from. */
export function futureReviewLines(lines: readonly string[], sourceTitle: string): string[] {
  const rest = lines.filter((line) => !line.startsWith(FUTURE_OF_LABEL));
  const kindLine = `Map: ${KIND_LABELS['future-state']}`;
  // "Map: Current state · Last reviewed: … · Review: …": the first part names the kind.
  const replaced = rest.map((line) => (MAP_LINE.test(line) ? [kindLine, ...line.split('·').slice(1).map((part) => part.trim())].join(' · ') : line));
  const withKind = replaced.some((line) => MAP_LINE.test(line)) ? replaced : [kindLine, ...replaced];
  return [...withKind, `${FUTURE_OF_LABEL} ${sourceTitle}`];
}

export interface FutureStateResult {
  frameId: string;
  title: string;
  /** Copied sticky id → its source's id. */
  lineage: Record<string, string>;
  skipped: string[];
  /** Why the pair could not be kept in the storage collection; null when it was. */
  storageError: string | null;
}

export async function createFutureState(board: BoardPort, { frameId, at, retry }: { frameId: string; at: string; retry?: RetryOptions }): Promise<FutureStateResult> {
  const { snapshot } = await readBoard(board, retry === undefined ? {} : { retry });
  const frame = snapshot.items.find((item) => item.id === frameId && isFrame(item));
  if (frame === undefined) throw new Error(`no frame has id "${frameId}"`);
  const sourceTitle = (frame as { title?: string }).title ?? '';
  const review = reviewLineOf(snapshot, frameId);
  const title = futureTitle(sourceTitle);
  const result = await copyFrame(board, {
    frameId,
    title,
    snapshot,
    ...(retry === undefined ? {} : { retry }),
    content: (item) => (item === review ? textToHtml(futureReviewLines(htmlToLines(String((item as { content?: unknown }).content ?? '')), sourceTitle).join('\n')) : undefined),
    stickyMetadata: (sourceId) => [LINEAGE_KEY, lineageValue(sourceId)],
    // A hand-made map without a review line gets one, so the pair is written on the board.
    extraTexts: review === undefined ? [{ content: textToHtml(futureReviewLines([], sourceTitle).join('\n')), x: 420, y: 60, width: 800 }] : [],
  });
  const stickyIds = new Set(snapshot.items.filter((item) => item.parentId === frameId && isSticky(item)).map((item) => item.id));
  const lineage = Object.fromEntries(Object.entries(result.idMap).filter(([source]) => stickyIds.has(source)).map(([source, copy]) => [copy, source]));
  let storageError: string | null = null;
  try {
    await retryOnRateLimit(() => board.storage.collection(STORAGE_COLLECTION).set(futureStateKey(result.frameId), { from: frameId, at }), retry);
  } catch (error) {
    storageError = errorMessage(error);
  }
  return { frameId: result.frameId, title, lineage, skipped: result.skipped, storageError };
}
