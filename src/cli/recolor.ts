// `journey-map recolor <snapshot.json> [-o out.json] [--palette P] [--frame ID] [--recompute] [--scope touchpoints|all]`:
// the panel's recolour, applied to a snapshot through the in-memory board.
import { MemoryBoard } from '../board/memory/memory-board.ts';
import { isFrame, type BoardSnapshot } from '../snapshot/snapshot.ts';
import { mergeSnapshotChanges } from '../snapshot/merge.ts';
import { applyItemUpdates, type AppliedUpdate } from '../board/item-updates.ts';
import { planRecolourAll } from '../emotion/recolour-all.ts';
import { summarisePlan } from '../emotion/recolour.ts';
import { loadTextScorer } from '../emotion/sentiment.ts';
import { recolourTargets } from '../emotion/targets.ts';
import { coverageText, LANE_SCOPES, scopeToLanes, type LaneScope } from '../emotion/lane-scope.ts';
import { PALETTES, type Palette } from '../model/journey.ts';
import { emit, UsageError, valueAfter, type CliCommand } from './io.ts';
import { readSnapshot } from './snapshot-args.ts';

const USAGE = `Usage: journey-map recolor <snapshot.json> [-o out.json] [--palette classic|colour-blind] [--frame ID] [--recompute] [--scope touchpoints|all]

Colours the sticky notes of a journey frame by emotion: an emoji or (+2) marker
at the start of the text, else an "emotion: …" tag, else the sticky's existing
palette colour (kept; --recompute reads the text instead), else the sentiment of
its text. Without --frame: the one frame holding stickies (every sticky when the
board has no frame). --palette switches the map to that palette first.
--scope: touchpoints (default) colours the touchpoint, frontstage and emotion
lanes only; pains, ideas, thoughts, backstage and support keep their colours
(categories, not emotions). all: every sticky in the frame.
Writes the snapshot to stdout, or to -o; prints a one-line summary to stderr.
`;

interface RecolorArgs {
  input: string;
  output?: string;
  palette?: Palette;
  frameId?: string;
  recompute: boolean;
  lanes: LaneScope;
}

function isLaneScope(value: string): value is LaneScope {
  return (LANE_SCOPES as readonly string[]).includes(value);
}

function isPalette(value: string): value is Palette {
  return (PALETTES as readonly string[]).includes(value);
}

function parseRecolorArgs(args: readonly string[]): RecolorArgs {
  const parsed: Partial<RecolorArgs> & { recompute: boolean; lanes: LaneScope } = { recompute: false, lanes: 'touchpoints' };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '-o' || arg === '--output') parsed.output = valueAfter(args, { at: index++, flag: arg });
    else if (arg === '--frame') parsed.frameId = valueAfter(args, { at: index++, flag: arg });
    else if (arg === '--recompute') parsed.recompute = true;
    else if (arg === '--scope') {
      const value = valueAfter(args, { at: index++, flag: arg });
      if (!isLaneScope(value)) throw new UsageError(`unknown scope "${value}": use ${LANE_SCOPES.join(' or ')}`);
      parsed.lanes = value;
    } else if (arg === '--palette') {
      const value = valueAfter(args, { at: index++, flag: arg });
      if (!isPalette(value)) throw new UsageError(`unknown palette "${value}": use ${PALETTES.join(' or ')}`);
      parsed.palette = value;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (parsed.input === undefined) parsed.input = arg;
    else throw new UsageError(`one snapshot file only (got "${parsed.input}" and "${arg}")`);
  }
  if (parsed.input === undefined) throw new UsageError('missing <snapshot.json>; see journey-map recolor --help');
  return { ...parsed, input: parsed.input };
}

/** The snapshot with the colour and text changes applied, and nothing else the board may have filled in. */
function withPatches(snapshot: BoardSnapshot, applied: readonly AppliedUpdate[]): BoardSnapshot {
  const patches = new Map(applied.map((update) => [update.id, update.after]));
  const items = snapshot.items.map((item) => {
    const patch = patches.get(item.id);
    if (patch === undefined) return item;
    const style = patch.fillColor === undefined ? {} : { style: { ...(item as { style?: object }).style, fillColor: patch.fillColor } };
    return { ...item, ...style, ...(patch.content === undefined ? {} : { content: patch.content }) };
  });
  return { ...snapshot, items };
}

export const recolorCommand: CliCommand = {
  summary: 'colour the sticky notes of a snapshot by emotion',
  usage: USAGE,
  run: async (args, io) => {
    const options = parseRecolorArgs(args);
    const { snapshot, text, warnings } = await readSnapshot(options.input, io);
    const hasFrame = snapshot.items.some(isFrame);
    const scope = hasFrame || options.frameId !== undefined ? 'frame' : 'board';
    const found = recolourTargets(snapshot, { scope, selectedIds: [], ...(options.frameId === undefined ? {} : { frameId: options.frameId }) });
    if (!found.ok) throw new UsageError(found.message);
    const { targets, coverage } = scopeToLanes(found, { snapshot, scope: options.lanes });
    const all = planRecolourAll(targets, { scoreText: await loadTextScorer(), recomputeFromText: options.recompute, ...(options.palette === undefined ? {} : { palette: options.palette }) });
    // Through the in-memory board, so the board's rules apply; the file gets only the fields the updates set.
    const { applied } = await applyItemUpdates(MemoryBoard.fromSnapshot(snapshot), all.updates);
    const out = mergeSnapshotChanges(text, { before: snapshot, after: withPatches(snapshot, applied) });
    await emit(out.text, { output: options.output, io });
    // What the parser skipped is not recoloured but stays in the file written (unless it cannot be written at all: said below).
    for (const warning of warnings) io.stderr(`journey-map recolor: warning: ${warning}; not recoloured\n`);
    for (const warning of out.dropped) io.stderr(`journey-map recolor: warning: ${warning}\n`);
    const noLegend = targets.legend.titleIds.length === 0 ? '; no legend on the board records it' : '';
    const switched = all.paletteChange === null ? '' : ` (palette switched from ${all.paletteChange.from} to ${all.paletteChange.to}${noLegend})`;
    io.stderr(`Recoloured ${summarisePlan(all.plan)}${switched}\n${coverageText(coverage, { widen: 'pass --scope all to include them' })}\n`);
    return 0;
  },
};
