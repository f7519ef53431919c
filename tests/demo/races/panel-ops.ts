// The panel's board actions, as its tabs call them (the same functions, on
// the coffee map): each returns the line the panel would show, or throws the
// error it would show. An insert also says how much of its plan landed.
import { compareSources } from '../../../src/analysis/compare/compare-sources.ts';
import { gapCheck } from '../../../src/analysis/gap-check.ts';
import { withLineage } from '../../../src/board/lineage.ts';
import { createFutureState } from '../../../src/board/future-state.ts';
import { readBoard } from '../../../src/board/reader.ts';
import { writePlan } from '../../../src/board/writer.ts';
import { layoutJourney } from '../../../src/layout/layout.ts';
import { BOARD_ACTIONS } from '../../../src/panel/data/useDataCheck.ts';
import { applyRecolour, previewRecolour, refreshCurve, switchPalette, undoLast } from '../../../src/panel/emotions/actions.ts';
import { applyFixOffer } from '../../../src/panel/gaps/fix-apply.ts';
import { fixOffers } from '../../../src/panel/gaps/fix-plan.ts';
import { addComparisonFrame, markCheckpoint } from '../../../src/panel/review/actions.ts';
import type { MemoryBoard } from '../../../src/board/memory/memory-board.ts';
import { sampleJourney } from '../../support/journeys.ts';
import type { World } from './world.ts';

export const TODAY = '2026-11-29';

/** What an insert planned and what it reports made: it lands whole or not at all. */
export interface InsertCount {
  planned: number;
  made: number;
}

export interface OpContext {
  world: World;
  /** The operation's own port (notes what it creates and removes). */
  port: MemoryBoard;
  /** The action is done and the person clicks the next one (`name`): from now on `port` is the next one's. */
  next(name: string): void;
  /** Which fix-it to take, of those the check offers. */
  pick: number;
  inserted?: InsertCount;
}

const report = () => undefined;

async function insert(context: OpContext): Promise<string> {
  const plan = layoutJourney(sampleJourney());
  const result = await writePlan(context.port, plan, { clock: context.world.clock });
  context.inserted = { planned: plan.children.length, made: Object.keys(result.itemIds).length };
  return `Inserted: ${context.inserted.made} items in a new frame.`;
}

async function recolour(context: OpContext, undo: boolean): Promise<string> {
  const { port, world } = context;
  const preview = await previewRecolour(port, { frameId: world.frameId, scope: 'frame', lanes: 'touchpoints', recompute: true });
  const applied = await applyRecolour(port, preview, { report, done: 'Recoloured' });
  return undo ? (await undoLast(port, applied.applied, report)).message : applied.message;
}

async function fixIt(context: OpContext): Promise<string> {
  const { port, world } = context;
  const { snapshot } = await readBoard(port);
  const checked = gapCheck(snapshot, { today: TODAY, frameId: world.frameId });
  if (!checked.ok) throw new Error(checked.message);
  const offers = checked.findings.flatMap((finding) => fixOffers(finding, { report: checked, snapshot }));
  const offer = offers[context.pick % Math.max(1, offers.length)];
  if (offer === undefined) return 'No fix-it offered.';
  return (await applyFixOffer(port, offer)).message;
}

/** Two clicks of the Review tab: "Create future state", then "Compare" and "Add comparison to the board". */
async function futureAndCompare(context: OpContext): Promise<string> {
  const { world } = context;
  const made = await createFutureState(context.port, { frameId: world.frameId, at: new Date(world.clock.now()).toISOString() });
  context.next('comparison');
  const { port } = context;
  const snapshot = await withLineage(port, { snapshot: (await readBoard(port)).snapshot, frameId: made.frameId });
  const compared = compareSources({ from: { snapshot, frameId: world.frameId }, to: { snapshot, frameId: made.frameId }, force: true });
  if (!compared.ok) throw new Error(compared.message);
  return addComparisonFrame(port, { comparison: compared.comparison });
}

async function checkpoint(context: OpContext): Promise<string> {
  const { port, world } = context;
  const result = await markCheckpoint(port, { frameId: world.frameId, kind: 'review', note: '', by: 'Demo user', now: new Date(world.clock.now()) });
  return result.storageError === null ? 'Marked reviewed.' : `Marked reviewed; not stored: ${result.storageError}`;
}

const data = (action: keyof typeof BOARD_ACTIONS) => (context: OpContext) => BOARD_ACTIONS[action](context.port, context.world.data);

/** Every action, by the name the report uses. */
export const PANEL_OPS = {
  insert,
  recolour: (context: OpContext) => recolour(context, false),
  'recolour and undo': (context: OpContext) => recolour(context, true),
  'palette switch': (context: OpContext) =>
    switchPalette(context.port, { frameId: context.world.frameId, to: 'colour-blind', report, addLegend: true }).then((applied) => applied.message),
  'curve refresh': (context: OpContext) => refreshCurve(context.port, { frameId: context.world.frameId }),
  'fix-it': fixIt,
  'data-check frame': data('write'),
  'proposed stickies': data('fromData'),
  'clear data check': data('clear'),
  'rate from data': data('rate'),
  'future state and comparison': futureAndCompare,
  'mark reviewed': checkpoint,
} satisfies Record<string, (context: OpContext) => Promise<string>>;

export type PanelOpName = keyof typeof PANEL_OPS;
export const PANEL_OP_NAMES = Object.keys(PANEL_OPS) as PanelOpName[];

/** Operations that remove frames the app wrote (and what people put in them): the data check's annexes, an earlier comparison. */
export const CLEARS_FRAMES: ReadonlySet<string> = new Set(['data-check frame', 'proposed stickies', 'clear data check', 'future state and comparison: comparison']);

/** Failures after which what the action wrote stays on purpose, said in its message: the review date is the record, the checkpoint only history. */
export const KEPT_ON_FAILURE: Readonly<Record<string, { message: RegExp; type: string }>> = {
  'mark reviewed': { message: /^Wrote the review date \d{4}-\d{2}-\d{2} on the map, but could not take the checkpoint: /, type: 'text' },
};
