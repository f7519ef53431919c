// The findings, one group per rule with its count ("16 touchpoints have no
// owner"), expandable to each finding; completeness gaps by severity, then the
// insights (what the map says about the customer, never defects).
import { useId } from 'react';
import type { GapReport } from '../../analysis/gap-check.ts';
import { groupByRule, type FindingGroup } from '../../analysis/finding-groups.ts';
import { SEVERITIES, type Finding } from '../../analysis/types.ts';
import { INSIGHTS_HEADING, SEVERITY_HEADINGS } from '../../io/export-report.ts';
import type { BoardSnapshot } from '../../snapshot/snapshot.ts';
import { fixOffers, type FixOffer } from './fix-plan.ts';
import { LazyList } from '../LazyList.tsx';

export interface FindingListProps {
  report: GapReport;
  snapshot: BoardSnapshot;
  busy: boolean;
  onShow(target: { itemIds: readonly string[]; stageId?: string }): void;
  onFix(offer: FixOffer): void;
}

function FindingRow({ finding, report, snapshot, busy, onShow, onFix }: Omit<FindingListProps, 'report'> & { finding: Finding; report: GapReport }) {
  const stage = report.journey.stages.find((entry) => entry.id === finding.stageId);
  const offers = fixOffers(finding, { report, snapshot });
  const findingId = useId();
  return (
    <li className={`jm-finding jm-finding-${finding.group === 'insight' ? 'insight' : finding.severity}`} data-rule={finding.rule}>
      <button type="button" id={findingId} className="jm-finding-show" disabled={finding.itemIds.length === 0} onClick={() => onShow(finding)} title="Zoom to it on the board and select it">
        {stage !== undefined && <span className="jm-finding-stage">{stage.name}</span>}
        <span className="jm-finding-message">{finding.message}</span>
      </button>
      {offers.map((offer) => (
        // Several findings offer the same fix: the finding it answers tells a screen-reader user which one this is.
        <button key={offer.label} type="button" className="button button-secondary button-small" disabled={busy} onClick={() => onFix(offer)} aria-describedby={findingId}>
          {offer.label}
        </button>
      ))}
    </li>
  );
}

function GroupCard(props: Omit<FindingListProps, 'report'> & { group: FindingGroup; report: GapReport }) {
  const { group, busy, onShow } = props;
  const { explanation } = group;
  return (
    <li className={`jm-finding-group jm-finding-${group.group === 'insight' ? 'insight' : group.severity}`} data-rule={group.rule}>
      {/* Errors start open: they are few and come first; the rest open on demand. */}
      <details open={group.group === 'completeness' && group.severity === 'error'}>
        <summary>
          <span className="jm-finding-title">{group.heading}</span>
        </summary>
        <p className="jm-finding-why">
          {explanation.why} <strong>{explanation.todo}</strong>
        </p>
        <LazyList className="jm-findings" items={group.findings} renderItem={(finding, index) => <FindingRow key={`${finding.rule}-${index}`} {...props} finding={finding} />} />
      </details>
      {group.itemIds.length > 1 && (
        // Several rules may point at as many items: the rule's heading tells which this selects.
        <button type="button" className="button button-tertiary button-small" disabled={busy} onClick={() => onShow({ itemIds: group.itemIds })} aria-label={`Select all ${group.itemIds.length} on the board: ${group.heading}`}>
          Select all {group.itemIds.length} on the board
        </button>
      )}
    </li>
  );
}

function Groups(props: FindingListProps & { groups: FindingGroup[]; label: string; headingClass: string }) {
  const { groups, label, headingClass } = props;
  if (groups.length === 0) return null;
  const count = groups.reduce((sum, group) => sum + group.findings.length, 0);
  return (
    <section className="jm-gaps-group" aria-label={label}>
      <h3 className={`jm-gaps-heading ${headingClass}`}>
        {label} ({count})
      </h3>
      <ul className="jm-findings">
        {groups.map((group) => (
          <GroupCard key={group.rule} {...props} group={group} />
        ))}
      </ul>
    </section>
  );
}

export function FindingList(props: FindingListProps) {
  const { report } = props;
  const gaps = groupByRule(report.findings, 'completeness');
  const insights = groupByRule(report.findings, 'insight');
  return (
    <>
      {gaps.length === 0 && <p className="jm-gaps-none">No gaps found: this map has everything the check looks for.</p>}
      {SEVERITIES.map((severity) => (
        <Groups key={severity} {...props} groups={gaps.filter((group) => group.severity === severity)} label={SEVERITY_HEADINGS[severity]} headingClass={`jm-gaps-heading-${severity}`} />
      ))}
      <Groups {...props} groups={insights} label={INSIGHTS_HEADING} headingClass="jm-gaps-heading-insight" />
    </>
  );
}
