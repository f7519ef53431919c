// "Lanes as read": each lane of the checked map with the kind readback gave
// it, and a picker to correct it. A correction is written to the label's
// metadata as a kind hint (docs/reading-maps.md), hand-made labels included.
import type { Lane, LaneKind } from '../../model/journey.ts';
import { LANE_KINDS, laneKindLabel } from '../../model/lane-kinds.ts';
import { laneKindSchema } from '../../model/journey.ts';

export function LanesAsRead({ lanes, busy, onChange }: { lanes: readonly Lane[]; busy: boolean; onChange: (labelId: string, kind: LaneKind) => void }) {
  if (lanes.length === 0) return null;
  return (
    <details className="jm-gaps-lanes">
      <summary>Lanes as read</summary>
      <ul>
        {lanes.map((lane) => (
          <li key={lane.id}>
            <label>
              <span className="jm-gaps-lane-name">{lane.name || '(no name)'}</span>
              <select
                value={lane.kind}
                disabled={busy}
                aria-label={`Kind of lane ${lane.name}`}
                onChange={(event) => {
                  const parsed = laneKindSchema.safeParse(event.target.value);
                  if (parsed.success && parsed.data !== lane.kind) onChange(lane.id, parsed.data);
                }}
              >
                {LANE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {laneKindLabel(kind)}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
