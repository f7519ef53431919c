// The whole recolour of a set of targets, as the panel and the CLI run it:
// when a palette other than the legend's is asked for, the map first switches
// palette (palette-coloured stickies and the legend), then every target is
// recoloured in the new palette. One list of updates comes out.
import { expectingNow, type ItemUpdate } from '../board/item-updates.ts';
import type { SnapshotSticky } from '../snapshot/snapshot.ts';
import type { Palette } from '../model/journey.ts';
import { paletteSwitchUpdates } from './palette-switch.ts';
import { planRecolour, recolourUpdates, type RecolourPlan } from './recolour.ts';
import type { TextScorer } from './sentiment.ts';
import type { Targets } from './targets.ts';

export interface RecolourAllOptions {
  /** The palette to colour with; the legend's when left out. */
  palette?: Palette;
  scoreText: TextScorer;
  recomputeFromText?: boolean;
}

export interface RecolourAll {
  plan: RecolourPlan;
  updates: ItemUpdate[];
  /** The palette switch that comes with it, when the palette changes. */
  paletteChange: { from: Palette; to: Palette } | null;
}

type FoundTargets = Extract<Targets, { ok: true }>;

function withColours(stickies: readonly SnapshotSticky[], updates: readonly ItemUpdate[]): SnapshotSticky[] {
  const colours = new Map(updates.flatMap((update) => (update.after.fillColor === undefined ? [] : [[update.id, update.after.fillColor] as const])));
  return stickies.map((sticky) => {
    const color = colours.get(sticky.id);
    return color === undefined ? sticky : { ...sticky, style: { ...sticky.style, fillColor: color } };
  });
}

export function planRecolourAll(targets: FoundTargets, options: RecolourAllOptions): RecolourAll {
  const from = targets.legend.palette;
  const to = options.palette ?? from;
  const switched = to === from ? [] : paletteSwitchUpdates({ items: targets.frameItems, legend: targets.legend, to });
  const plan = planRecolour({
    stickies: withColours(targets.stickies, switched),
    tagTitles: targets.tagTitles,
    palette: to,
    scoreText: options.scoreText,
    ...(options.recomputeFromText === undefined ? {} : { recomputeFromText: options.recomputeFromText }),
  });
  // Entries compare with the colour on the board, before the switch, so the summary counts real changes.
  const original = new Map(targets.stickies.map((sticky) => [sticky.id, sticky.style?.fillColor]));
  const entries = plan.entries.map((entry) => ({ ...entry, from: original.get(entry.id) }));
  const merged = new Map<string, ItemUpdate>();
  for (const update of [...switched, ...recolourUpdates(plan)]) {
    merged.set(update.id, { id: update.id, after: { ...merged.get(update.id)?.after, ...update.after } });
  }
  // Each update expects the item as planned from, so a preview applied later skips what changed meanwhile.
  const updates = expectingNow([...merged.values()], [...targets.frameItems, ...targets.stickies] as { id: string }[]);
  return { plan: { ...plan, entries }, updates, paletteChange: to === from ? null : { from, to } };
}
