// What kind each lane is, in this order (docs/reading-maps.md): the kind hint
// the app left in the label's metadata, else the label's name, else, on a map
// where nothing says "touchpoints" and no label carries a hint, a structural
// guess: the topmost lane of unknown kind that holds stickies and no emotion
// curve is the touchpoint lane. Every guess and every overruled name is a warning.
import { LANE_KIND_HINT_KEY, laneKindFromName, laneKindLabel } from '../model/lane-kinds.ts';
import { laneKindSchema, type Lane, type LaneKind } from '../model/journey.ts';
import type { BoardSnapshot } from '../snapshot/snapshot.ts';
import type { Placed } from './geometry.ts';

/** A title's name: its lines, and runs of spaces, read as one space ("First\nlogin" is "First login"). */
export function titleName(box: Placed): string {
  return box.lines.join(' ').replace(/\s+/g, ' ').trim();
}

/** The kind hint in a label's metadata, if one parses (metadata is outside data). */
export function laneKindHint(metadata: BoardSnapshot['metadata'], labelId: string): LaneKind | undefined {
  const parsed = laneKindSchema.safeParse(metadata[labelId]?.[LANE_KIND_HINT_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export interface LaneReading {
  lanes: Lane[];
  warnings: string[];
  /** Whether any label carried a hint (an app-made or corrected map: no guessing). */
  hinted: boolean;
}

/** A label's kind by its name: its first line when that names a kind ("Backstage" over a line describing it), else all of it. */
function kindOfLabel(box: Placed, name: string): LaneKind {
  const first = box.lines.length > 1 ? laneKindFromName(box.lines[0] ?? '') : 'other';
  return first === 'other' ? laneKindFromName(name) : first;
}

/** Lanes from their labels, by hint then name. */
export function readLanes(labels: readonly Placed[], metadata: BoardSnapshot['metadata']): LaneReading {
  const warnings: string[] = [];
  let hinted = false;
  const lanes = labels.map((box): Lane => {
    const name = titleName(box);
    const byName = kindOfLabel(box, name);
    const hint = laneKindHint(metadata, box.item.id);
    if (hint === undefined) return { id: box.item.id, name, kind: byName };
    hinted = true;
    if (byName !== 'other' && byName !== hint) {
      warnings.push(`lane "${name}": its label's kind hint says ${laneKindLabel(hint)}, its name reads as ${laneKindLabel(byName)}; read as ${laneKindLabel(hint)} (correct it under "Lanes as read")`);
    }
    return { id: box.item.id, name, kind: hint };
  });
  return { lanes, warnings, hinted };
}

/**
 * With no touchpoint lane and no hint, the topmost lane of unknown kind that
 * holds a sticky and no curve point is read as the touchpoint lane.
 */
export function inferTouchpoints(reading: LaneReading, { withStickies, withCurve }: { withStickies: ReadonlySet<string>; withCurve: ReadonlySet<string> }): LaneReading {
  if (reading.hinted || reading.lanes.some((lane) => lane.kind === 'touchpoints')) return reading;
  const guess = reading.lanes.find((lane) => lane.kind === 'other' && withStickies.has(lane.id) && !withCurve.has(lane.id));
  if (guess === undefined) return reading;
  return {
    ...reading,
    lanes: reading.lanes.map((lane) => (lane === guess ? { ...lane, kind: 'touchpoints' } : lane)),
    warnings: [...reading.warnings, `no lane is named as touchpoints: read "${guess.name}" as the touchpoint lane (the topmost lane holding stickies)`],
  };
}
