// What the Emotions tab's buttons do: read the board, plan (pure, src/emotion),
// apply through the board adapter, and say what happened in one sentence.
import { applyCurvePlan } from '../../board/curve.ts';
import type { BoardPort } from '../../board/port.ts';
import { readBoard } from '../../board/reader.ts';
import { applyItemUpdates, undoUpdates, type AppliedUpdate, type ItemUpdate, type UpdateResult } from '../../board/item-updates.ts';
import { curveIsCurrent, planCurve } from '../../emotion/curve-plan.ts';
import { markUpdates } from '../../emotion/mark.ts';
import { paletteSwitchUpdates } from '../../emotion/palette-switch.ts';
import { planRecolourAll, type RecolourAll } from '../../emotion/recolour-all.ts';
import { loadTextScorer } from '../../emotion/sentiment.ts';
import { recolourTargets, type RecolourScope, type Targets } from '../../emotion/targets.ts';
import type { Palette } from '../../model/journey.ts';
import type { RatedValence } from '../../model/valence.ts';
import { laneLabelIds, readJourney } from '../../readback/read-journey.ts';
import { plural } from '../plural.ts';
import { readFailureText } from '../read-failure.ts';

type Report = (done: number, total: number) => void;
type FoundTargets = Extract<Targets, { ok: true }>;

export interface Preview {
  recolour: RecolourAll;
  /** The frame a whole-map recolour acts on: a safety checkpoint is taken of it first. */
  frameId?: string;
}

/** A safety checkpoint of the map before a bulk change (never blocks the change). */
async function safety(board: BoardPort, options: { frameId: string | undefined; what: string }): Promise<void> {
  const { safetyCheckpoint } = await import('../review/safety.ts');
  await safetyCheckpoint(board, options);
}

async function targetsOn(board: BoardPort, scope: RecolourScope): Promise<FoundTargets> {
  const { snapshot, selectedIds } = await readBoard(board, { metadataFor: laneLabelIds });
  const targets = recolourTargets(snapshot, { scope, selectedIds });
  if (!targets.ok) throw new Error(targets.message);
  return targets;
}

export async function previewRecolour(board: BoardPort, options: { scope: RecolourScope; recompute: boolean }): Promise<Preview> {
  const [targets, scoreText] = await Promise.all([targetsOn(board, options.scope), loadTextScorer()]);
  const frameId = options.scope === 'frame' ? targets.frame?.id : undefined;
  return { recolour: planRecolourAll(targets, { scoreText, recomputeFromText: options.recompute }), ...(frameId === undefined ? {} : { frameId }) };
}

function skippedText(result: UpdateResult): string {
  const deleted = result.skipped.filter((entry) => entry.reason === 'deleted').length;
  return deleted === 0 ? '' : ` ${deleted} ${deleted === 1 ? 'sticky was' : 'stickies were'} deleted by someone else meanwhile and skipped.`;
}

export interface Applied {
  message: string;
  applied: AppliedUpdate[];
}

/** Applies a previewed recolour; a whole-map one after a safety checkpoint of the map. */
export async function applyRecolour(board: BoardPort, preview: Preview, options: { report: Report; done: string }): Promise<Applied> {
  await safety(board, { frameId: preview.frameId, what: 'recolouring the whole map' });
  return applyUpdates(board, preview.recolour.updates, { ...options, exact: true });
}

/** `done` says what was done; by default "<done>: N items changed." */
export async function applyUpdates(board: BoardPort, updates: readonly ItemUpdate[], options: { report: Report; done: string; exact?: boolean }): Promise<Applied> {
  const result = await applyItemUpdates(board, updates, { onProgress: options.report });
  const changed = result.applied.length;
  const what = options.exact === true ? `${options.done}.` : `${options.done}: ${changed} ${changed === 1 ? 'item' : 'items'} changed.`;
  return { message: `${what}${skippedText(result)}`, applied: result.applied };
}

export async function markSelection(board: BoardPort, options: { level: RatedValence; addMarker: boolean; report: Report }): Promise<Applied> {
  const targets = await targetsOn(board, 'selection').catch(() => {
    throw new Error('No sticky note is selected: select the stickies to mark first.');
  });
  const updates = markUpdates(targets.stickies, { level: options.level, palette: targets.legend.palette, addMarker: options.addMarker });
  return applyUpdates(board, updates, { report: options.report, done: `Marked ${targets.stickies.length} selected ${targets.stickies.length === 1 ? 'sticky' : 'stickies'}` });
}

export async function switchPalette(board: BoardPort, options: { to: Palette; report: Report }): Promise<Applied> {
  const targets = await targetsOn(board, 'frame');
  if (targets.legend.palette === options.to) return { message: `The map already uses the ${options.to} palette.`, applied: [] };
  const updates = paletteSwitchUpdates({ items: targets.frameItems, legend: targets.legend, to: options.to });
  const note = targets.legend.titleIds.length === 0 ? ' No legend on this frame records the palette.' : '';
  await safety(board, { frameId: targets.frame?.id, what: `switching to the ${options.to} palette` });
  const applied = await applyUpdates(board, updates, { report: options.report, done: `Switched to the ${options.to} palette` });
  return { ...applied, message: applied.message + note };
}

export function undoLast(board: BoardPort, applied: readonly AppliedUpdate[], report: Report): Promise<Applied> {
  return applyUpdates(board, undoUpdates(applied), { report, done: 'Undone' });
}

export async function refreshCurve(board: BoardPort): Promise<string> {
  const { snapshot, selectedIds } = await readBoard(board, { metadataFor: laneLabelIds });
  const read = readJourney(snapshot, { selectedIds });
  if (!read.ok) throw new Error(readFailureText(read));
  if (!read.journey.lanes.some((lane) => lane.kind === 'emotions')) return `“${read.frame.title}” has no emotion lane: nothing to draw.`;
  const plan = planCurve(snapshot, read);
  if (curveIsCurrent(plan)) return 'The curve is up to date.';
  const result = await applyCurvePlan(board, plan);
  const recreated = result.recreated === 0 ? '' : ` ${plural(result.recreated, 'point')} deleted by someone meanwhile drawn again.`;
  return `Curve refreshed: ${result.moved} moved, ${result.created} added, ${result.removed} removed, ${result.linked} linked.${recreated}`;
}
