// The recolour plan before it is applied: the one-line count and the lanes it
// covers (and why others are left), then, on demand,
// each sticky with its new colour and why it gets it.
import { summarisePlan, changedEntries, type RecolourPlan } from '../../emotion/recolour.ts';
import { SOURCE_LABELS } from '../../emotion/emotion.ts';
import { STICKY_HEX } from '../../model/sticky-hex.ts';
import { VALENCE_LABELS } from '../../model/valence.ts';
import { coverageText, type LaneCoverage } from '../../emotion/lane-scope.ts';

const LISTED = 60;

export function PlanPreview({ plan, coverage }: { plan: RecolourPlan; coverage: LaneCoverage }) {
  const changed = changedEntries(plan);
  return (
    <div className="jm-emotion-plan">
      <p className="jm-emotion-summary" data-testid="recolour-summary">
        {summarisePlan(plan)}
      </p>
      <p className="jm-hint" data-testid="recolour-lanes">
        {coverageText(coverage, { widen: 'tick “Every lane” to include them' })}
      </p>
      {plan.entries.length > 0 && (
        <details>
          <summary>Why each sticky gets its colour</summary>
          <ul className="jm-emotion-list">
            {plan.entries.slice(0, LISTED).map((entry) => (
              <li key={entry.id}>
                <span className="jm-swatch" style={{ background: STICKY_HEX[entry.to] }} aria-hidden="true" />
                <span className="jm-emotion-text">{entry.text === '' ? '(empty)' : entry.text}</span>
                <span className="jm-emotion-why">
                  {VALENCE_LABELS[`${entry.emotion.valence}`]}, from {SOURCE_LABELS[entry.emotion.source]}
                  {changed.includes(entry) ? '' : ' (unchanged)'}
                </span>
              </li>
            ))}
          </ul>
          {plan.entries.length > LISTED && <p className="jm-hint">…and {plan.entries.length - LISTED} more.</p>}
        </details>
      )}
    </div>
  );
}
