// The findings, grouped by severity: each a button that shows its items on the
// board, with why it matters, what to do, and a fix where one sticky fixes it.
import type { GapReport } from '../../analysis/gap-check.ts';
import { EXPLANATIONS } from '../../analysis/explanations.ts';
import { SEVERITIES, type Finding } from '../../analysis/types.ts';
import { useId } from 'react';
import type { BoardSnapshot } from '../../snapshot/snapshot.ts';
import { SEVERITY_HEADINGS } from '../../io/export-report.ts';
import { fixOffers, type FixOffer } from './fix-plan.ts';

export interface FindingListProps {
  report: GapReport;
  snapshot: BoardSnapshot;
  busy: boolean;
  onShow(finding: Finding): void;
  onFix(offer: FixOffer): void;
}

function FindingRow({ finding, report, snapshot, busy, onShow, onFix }: Omit<FindingListProps, 'report'> & { finding: Finding; report: GapReport }) {
  const explanation = EXPLANATIONS[finding.rule];
  const stage = report.journey.stages.find((entry) => entry.id === finding.stageId);
  const offers = fixOffers(finding, { report, snapshot });
  const findingId = useId();
  return (
    <li className={`jm-finding jm-finding-${finding.severity}`} data-rule={finding.rule}>
      <button type="button" id={findingId} className="jm-finding-show" disabled={finding.itemIds.length === 0} onClick={() => onShow(finding)} title="Zoom to it on the board and select it">
        <span className="jm-finding-title">{explanation.title}</span>
        {stage !== undefined && <span className="jm-finding-stage">{stage.name}</span>}
        <span className="jm-finding-message">{finding.message}</span>
      </button>
      <p className="jm-finding-why">
        {explanation.why} <strong>{explanation.todo}</strong>
      </p>
      {offers.map((offer) => (
        // Several findings offer the same fix: the finding it answers tells a screen-reader user which one this is.
        <button key={offer.label} type="button" className="button button-secondary button-small" disabled={busy} onClick={() => onFix(offer)} aria-describedby={findingId}>
          {offer.label}
        </button>
      ))}
    </li>
  );
}

export function FindingList(props: FindingListProps) {
  const { report } = props;
  if (report.findings.length === 0) return <p className="jm-gaps-none">No gaps found: this map has everything the check looks for.</p>;
  return (
    <>
      {SEVERITIES.map((severity) => {
        const findings = report.findings.filter((finding) => finding.severity === severity);
        if (findings.length === 0) return null;
        return (
          <section key={severity} className="jm-gaps-group" aria-label={SEVERITY_HEADINGS[severity]}>
            <h3 className={`jm-gaps-heading jm-gaps-heading-${severity}`}>
              {SEVERITY_HEADINGS[severity]} ({findings.length})
            </h3>
            <ul className="jm-findings">
              {findings.map((finding, index) => (
                <FindingRow key={`${finding.rule}-${index}`} {...props} finding={finding} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
