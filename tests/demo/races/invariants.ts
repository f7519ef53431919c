// What must hold once every race has settled. Each check returns one line per
// problem (none: it holds), naming the item and who did what to it.
import type { MemoryBoard } from '../../../src/board/memory/memory-board.ts';
import { connectorEndItem } from '../../../src/board/memory/rules.ts';
import { htmlToText, textToHtml } from '../../../src/model/html.ts';
import type { SnapshotItem } from '../../../src/snapshot/snapshot.ts';
import { CLEARS_FRAMES, KEPT_ON_FAILURE, type InsertCount, type PanelOpName } from './panel-ops.ts';
import type { PersonRecord } from './person.ts';
import type { Actor, ParentLog, TextLog } from './world.ts';

/** A panel operation as it ended: its result line or its error line. */
export interface OpOutcome {
  /** The action, or "<action>: <next click>". */
  name: string;
  who: Actor;
  ok: boolean;
  message: string;
  inserted?: InsertCount;
  /** Problems seen the moment it finished (its items not in a frame, an insert not whole). */
  atEnd: string[];
}

type Fields = Record<string, unknown>;
const PLACED = new Set(['sticky_note', 'shape', 'text']);

/** The board's own rules: ids unique, parents are frames on the board, connector ends and tags exist. */
export function boardProblems(board: MemoryBoard): string[] {
  const items = board.toSnapshot().items;
  const byId = new Map<string, SnapshotItem>();
  const problems: string[] = [];
  for (const item of items) {
    if (byId.has(item.id)) problems.push(`id ${item.id} is used twice`);
    byId.set(item.id, item);
  }
  for (const item of items) {
    const fields = item as Fields;
    if (typeof fields.parentId === 'string' && byId.get(fields.parentId)?.type !== 'frame') problems.push(`${item.type} ${item.id}: its parent ${fields.parentId} is not a frame on the board`);
    for (const end of [fields.start, fields.end].map(connectorEndItem)) {
      if (item.type === 'connector' && (end === undefined || !byId.has(end))) problems.push(`connector ${item.id}: an end (${end ?? 'none'}) is not on the board`);
    }
    for (const tagId of Array.isArray(fields.tagIds) ? fields.tagIds : []) {
      if (byId.get(String(tagId))?.type !== 'tag') problems.push(`${item.type} ${item.id}: tag ${String(tagId)} is not on the board`);
    }
  }
  return problems;
}

/** Every operation ends with a line: a result, or one sentence of error. */
export function messageProblems(outcomes: readonly OpOutcome[], person: PersonRecord): string[] {
  const lines = [...outcomes.map((outcome) => ({ who: outcome.name, text: outcome.message })), ...person.reports.map((text) => ({ who: 'the person', text }))];
  return lines.filter(({ text }) => text.trim() === '' || text.includes('\n') || /\bat .*\.ts:\d+/.test(text)).map(({ who, text }) => `${who}: not a one-line message: ${JSON.stringify(text)}`);
}

/**
 * A failed operation leaves nothing it made behind, unless its message names
 * what it could not remove, or says what it kept (KEPT_ON_FAILURE), kept in a frame.
 */
export function orphanProblems(board: MemoryBoard, outcomes: readonly OpOutcome[]): string[] {
  const kept = (outcome: OpOutcome, item: SnapshotItem) => {
    const rule = KEPT_ON_FAILURE[outcome.name];
    return rule !== undefined && rule.message.test(outcome.message) && item.type === rule.type && typeof item.parentId === 'string';
  };
  return outcomes.flatMap((outcome) => {
    if (outcome.ok) return [];
    const left = [...outcome.who.created].filter((id) => {
      const item = board.item(id);
      return item !== undefined && !outcome.message.includes(id) && !kept(outcome, item);
    });
    return left.map((id) => `${outcome.name} failed ("${outcome.message}") and left ${board.item(id)?.type} ${id} behind`);
  });
}

/**
 * Checked the moment an operation succeeds: every sticky, shape and text it made is
 * in a frame (unless the person has moved it), and an insert made its whole plan
 * and all of it is still there (but what the person removed, and connectors to it).
 */
export function problemsAtSuccess(board: MemoryBoard, outcome: Omit<OpOutcome, 'atEnd'>, person: PersonRecord): string[] {
  const problems: string[] = [];
  for (const id of outcome.who.created) {
    const item = board.item(id) as Fields | undefined;
    if (item === undefined || !PLACED.has(String(item.type)) || person.moved.has(id)) continue;
    if (typeof item.parentId !== 'string') problems.push(`${outcome.name} put ${String(item.type)} ${id} on the board outside any frame`);
  }
  if (outcome.inserted !== undefined && outcome.inserted.made !== outcome.inserted.planned) problems.push(`insert made ${outcome.inserted.made} of ${outcome.inserted.planned} planned items`);
  if (outcome.name === ('insert' satisfies PanelOpName)) {
    const missing = [...outcome.who.created].filter((id) => board.item(id) === undefined && !person.who.removed.has(id));
    const unexplained = missing.filter((id) => !(outcome.who.ends.get(id) ?? []).some((end) => person.who.removed.has(end)));
    if (unexplained.length > 0) problems.push(`insert succeeded but ${unexplained.join(', ')} are not on the board`);
  }
  return problems;
}

/** Problems, and how often an accepted limit was met (docs/reliability.md). */
export interface Verdict {
  problems: string[];
  inWindow: number;
}

/**
 * What the person made is still there, unless they removed it, or it sat in a
 * frame the app clears (CLEARS_FRAMES). Or it went with the new frame of a
 * failed action, put in it after the rollback read the frame's children (to
 * take out what others put there) and before it removed the frame: no SDK call
 * removes a frame but not its children, so that window is the accepted limit, counted.
 */
export function lostWorkProblems({ board, parents, outcomes, person }: { board: MemoryBoard; parents: ParentLog; outcomes: readonly OpOutcome[]; person: PersonRecord }): Verdict {
  const verdict: Verdict = { problems: [], inWindow: 0 };
  const clearedBy = new Set(outcomes.filter((outcome) => CLEARS_FRAMES.has(outcome.name)).flatMap((outcome) => [...outcome.who.removed]));
  for (const id of person.who.created) {
    if (board.item(id) !== undefined || person.who.removed.has(id) || clearedBy.has(id)) continue;
    const last = parents.get(id);
    const read = outcomes.find((outcome) => !outcome.ok && last?.frameId !== undefined && outcome.who.removed.has(last.frameId))?.who.childrenRead.get(last?.frameId ?? '');
    if (last !== undefined && read !== undefined && read < last.at) verdict.inWindow++;
    else verdict.problems.push(`the person's item ${id} is gone, and they did not remove it (${removersOf(id, outcomes)})`);
  }
  return verdict;
}

function removersOf(id: string, outcomes: readonly OpOutcome[]): string {
  const names = outcomes.filter((outcome) => outcome.who.removed.has(id)).map((outcome) => outcome.name);
  return names.length === 0 ? 'it went with a frame an operation removed' : `removed by ${names.join(', ')}`;
}


/**
 * The person's last text edit on a sticky survives, unless they undid something
 * after it, or the sticky is gone. The next text it takes may keep theirs (a
 * marker added to their words). Otherwise the sync that wrote it must have read
 * the sticky before the person's edit landed: Miro's `sync()` sends the whole
 * item and has no conditional write, so an edit landing between an action's
 * read of a sticky and its write is the accepted limit, counted. An action that
 * read the person's text and wrote something else, or a text no action wrote: lost.
 */
export function textProblems({ board, texts, person, outcomes }: { board: MemoryBoard; texts: TextLog; person: PersonRecord; outcomes: readonly OpOutcome[] }): Verdict {
  const verdict: Verdict = { problems: [], inWindow: 0 };
  for (const [id, { text, step }] of person.texts) {
    const log = texts.get(id);
    if (board.item(id) === undefined || log === undefined || person.undos.some((undo) => undo > step)) continue;
    const mine = textToHtml(text);
    const at = log.lastIndexOf(mine);
    if (at === -1) verdict.problems.push(`sticky ${id}: the person's text "${text}" was reported applied but never reached the board`);
    const next = log[at + 1];
    if (at === -1 || next === undefined || htmlToText(next).includes(text)) continue;
    const writers = outcomes.flatMap((outcome) => outcome.who.syncs.filter((sync) => sync.id === id && sync.wrote === next).map((sync) => ({ name: outcome.name, sync })));
    const blind = writers.filter(({ sync }) => sync.read === mine);
    if (writers.length > 0 && blind.length === 0) verdict.inWindow++;
    else verdict.problems.push(`sticky ${id}: the person's text "${text}" was replaced by "${htmlToText(next)}" (${blind.length > 0 ? `${blind.map(({ name }) => name).join(', ')} read it and wrote over it` : 'no action wrote that'})`);
  }
  return verdict;
}
