// What the Emotions tab's buttons do: read the board, plan (pure, src/emotion),
// apply through the board adapter, and say what happened in one sentence.
import { applyCurvePlan } from '../../board/curve.ts';
import { addLegendTitle } from '../../board/fixes.ts';
import { legendLines } from '../../model/header-text.ts';
import { textToHtml } from '../../model/html.ts';
import type { BoardPort } from '../../board/port.ts';
import { readBoard } from '../../board/reader.ts';
import { applyItemUpdates, undoUpdates, type AppliedUpdate, type ItemUpdate, type UpdateResult } from '../../board/item-updates.ts';
import { curveIsCurrent, planCurve } from '../../emotion/curve-plan.ts';
import { markUpdates } from '../../emotion/mark.ts';
import { paletteSwitchUpdates } from '../../emotion/palette-switch.ts';
import { planRecolourAll, type RecolourAll } from '../../emotion/recolour-all.ts';
import { loadTextScorer } from '../../emotion/sentiment.ts';
import { recolourTargets, type RecolourScope, type Targets } from '../../emotion/targets.ts';
import { scopeToLanes, type LaneCoverage, type LaneScope } from '../../emotion/lane-scope.ts';
import type { Palette } from '../../model/journey.ts';
import type { RatedValence } from '../../model/valence.ts';
import { laneLabelIds, readJourney } from '../../readback/read-journey.ts';
import { plural } from '../plural.ts';
import { MapChoiceNeeded, readFailureText } from '../read-failure.ts';

type Report = (done: number, total: number) => void;
type FoundTargets = Extract<Targets, { ok: true }>;

export interface Preview {
  recolour: RecolourAll;
  /** Which lanes the recolour covers and which it leaves. */
  coverage: LaneCoverage;
  /** The frame a whole-map recolour acts on: a safety checkpoint is taken of it first. */
  frameId?: string;
}

/** A safety checkpoint of the map before a bulk change (never blocks the change). */
async function safety(board: BoardPort, options: { frameId: string | undefined; what: string }): Promise<void> {
  const { safetyCheckpoint } = await import('../review/safety.ts');
  await safetyCheckpoint(board, options);
}

/** The stickies to act on, narrowed to the lanes of `lanes` (colour means emotion on touchpoints only). */
async function targetsOn(board: BoardPort, { scope, lanes, frameId }: { scope: RecolourScope; lanes: LaneScope; frameId?: string }): Promise<{ targets: FoundTargets; coverage: LaneCoverage }> {
  const { snapshot, selectedIds } = await readBoard(board, { metadataFor: laneLabelIds });
  const targets = recolourTargets(snapshot, { scope, selectedIds, ...(frameId === undefined ? {} : { frameId }) });
  if (!targets.ok && targets.candidates.length > 1) throw new MapChoiceNeeded(`Which map? ${targets.candidates.length} frames hold a journey map: choose one below, or select its frame on the board.`, targets.candidates);
  if (!targets.ok) throw new Error(targets.message);
  return scopeToLanes(targets, { snapshot, scope: lanes });
}

/** The map the person chose in the tab's chooser, if any: every action reads that frame. */
type OnMap = { frameId?: string };

export async function previewRecolour(board: BoardPort, options: OnMap & { scope: RecolourScope; lanes: LaneScope; recompute: boolean }): Promise<Preview> {
  const [{ targets, coverage }, scoreText] = await Promise.all([targetsOn(board, options), loadTextScorer()]);
  const frameId = options.scope === 'frame' ? targets.frame?.id : undefined;
  return { recolour: planRecolourAll(targets, { scoreText, recomputeFromText: options.recompute }), coverage, ...(frameId === undefined ? {} : { frameId }) };
}

function skippedText(result: UpdateResult): string {
  const count = (reason: string) => result.skipped.filter((entry) => entry.reason === reason).length;
  const were = (n: number) => `${n} ${n === 1 ? 'sticky was' : 'stickies were'}`;
  const [deleted, changed] = [count('deleted'), count('changed')];
  return `${deleted === 0 ? '' : ` ${were(deleted)} deleted by someone else meanwhile and skipped.`}${changed === 0 ? '' : ` ${were(changed)} changed on the board since the plan was made and kept as edited.`}`;
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
  // Marking is the person's explicit choice of level: every selected sticky, whatever its lane.
  const { targets } = await targetsOn(board, { scope: 'selection', lanes: 'all' }).catch(() => {
    throw new Error('No sticky note is selected: select the stickies to mark first.');
  });
  const updates = markUpdates(targets.stickies, { level: options.level, palette: targets.legend.palette, addMarker: options.addMarker });
  return applyUpdates(board, updates, { report: options.report, done: `Marked ${targets.stickies.length} selected ${targets.stickies.length === 1 ? 'sticky' : 'stickies'}` });
}

/** The palette the map's legend names, and whether it has a legend at all (without one, the map reads as classic). */
export async function detectPalette(board: BoardPort, { frameId }: OnMap = {}): Promise<{ palette: Palette; hasLegend: boolean }> {
  const { targets } = await targetsOn(board, { scope: 'frame', lanes: 'touchpoints', ...(frameId === undefined ? {} : { frameId }) });
  return { palette: targets.legend.palette, hasLegend: targets.legend.titleIds.length > 0 };
}

/**
 * Switches the map's palette. A map without a legend reads as classic, so its new
 * colours would read as unrated: `addLegend` (asked of the person first) writes a
 * legend title naming the new palette; without it the switch is refused.
 */
export async function switchPalette(board: BoardPort, options: OnMap & { to: Palette; report: Report; addLegend: boolean }): Promise<Applied> {
  // Colours in the other lanes are categories, not levels: a palette switch leaves them as they are.
  const { targets } = await targetsOn(board, { scope: 'frame', lanes: 'touchpoints', ...(options.frameId === undefined ? {} : { frameId: options.frameId }) });
  const hasLegend = targets.legend.titleIds.length > 0;
  if (hasLegend && targets.legend.palette === options.to) return { message: `The map already uses the ${options.to} palette.`, applied: [] };
  if (!hasLegend && !options.addLegend) throw new Error('This map has no legend: add one with the switch, or the gap check reads the new colours as unrated.');
  if (!hasLegend && targets.frame === null) throw new Error('No journey frame to write the legend in: select the map’s frame.');
  const updates = paletteSwitchUpdates({ items: targets.frameItems, legend: targets.legend, to: options.to });
  await safety(board, { frameId: targets.frame?.id, what: `switching to the ${options.to} palette` });
  const applied = await applyUpdates(board, updates, { report: options.report, done: `Switched to the ${options.to} palette` });
  if (hasLegend || targets.frame === null) return applied;
  await addLegendTitle(board, { frameId: targets.frame.id, content: textToHtml(legendLines(options.to).join('\n')) });
  return { ...applied, message: `${applied.message} Added a legend naming the palette at the frame’s top right.` };
}

export function undoLast(board: BoardPort, applied: readonly AppliedUpdate[], report: Report): Promise<Applied> {
  return applyUpdates(board, undoUpdates(applied), { report, done: 'Undone' });
}

export async function refreshCurve(board: BoardPort, { frameId }: OnMap = {}): Promise<string> {
  const { snapshot, selectedIds } = await readBoard(board, { metadataFor: laneLabelIds });
  const read = readJourney(snapshot, { selectedIds, ...(frameId === undefined ? {} : { frameId }) });
  if (!read.ok && read.candidates.length > 1) throw new MapChoiceNeeded(readFailureText(read), read.candidates);
  if (!read.ok) throw new Error(readFailureText(read));
  if (!read.journey.lanes.some((lane) => lane.kind === 'emotions')) return `“${read.frame.title}” has no emotion lane: nothing to draw.`;
  const plan = planCurve(snapshot, read);
  if (curveIsCurrent(plan)) return 'The curve is up to date.';
  const result = await applyCurvePlan(board, plan);
  const recreated = result.recreated === 0 ? '' : ` ${plural(result.recreated, 'point')} deleted by someone meanwhile drawn again.`;
  return `Curve refreshed: ${result.moved} moved, ${result.created} added, ${result.removed} removed, ${result.linked} linked.${recreated}`;
}
