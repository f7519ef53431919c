// The suggested and ambiguous mappings, compact: one line per event name with
// its best sticky, to confirm or to mark as no touchpoint.
import type { DataCheckResult } from '../../analysis/datacheck/data-check.ts';
import type { DataMap } from '../../analysis/datacheck/data-map.ts';
import { showValue } from '../../analysis/datacheck/privacy.ts';

export interface MappingListProps {
  result: DataCheckResult;
  map: DataMap;
  busy: boolean;
  onConfirm(activity: string, touchpointId: string | null): void;
}

export function MappingList({ result, map, busy, onConfirm }: MappingListProps) {
  const open = result.mapping.filter((entry) => entry.status === 'suggested' || entry.status === 'ambiguous');
  const auto = result.mapping.filter((entry) => entry.status === 'auto').length;
  const textOf = (id: string) => map.touchpoints.find((point) => point.id === id)?.text ?? id;
  return (
    <section className="jm-data-mapping" aria-label="Mapping to confirm">
      <p>
        {auto} matched automatically · {open.length} to confirm
      </p>
      <ul>
        {open.map((entry) => (
          <li key={entry.activity}>
            <span className="jm-data-event">{showValue(entry.activity)}</span>
            {entry.candidates.map((candidate) => (
              <button key={candidate.touchpointId} type="button" className="button button-secondary button-small" disabled={busy} onClick={() => onConfirm(entry.activity, candidate.touchpointId)}>
                → {textOf(candidate.touchpointId)} ({Math.round(candidate.score * 100)}%)
              </button>
            ))}
            <button type="button" className="button button-tertiary button-small" disabled={busy} onClick={() => onConfirm(entry.activity, null)}>
              not a touchpoint
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
