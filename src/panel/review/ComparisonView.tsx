// A comparison in the panel: the headline ("2 of 3 pain points addressed"),
// one row per stage with its Δ badge (arrow and sign: colour is never the only
// channel), the changes, the pain points left open; its downloads, and the
// button that draws it on the board under the two maps.
import type { ReactNode } from 'react';
import { countsLine, deltaBadge, deltaDirection, painsLine, signed } from '../../analysis/compare/wording.ts';
import { comparisonCsv, comparisonJson, comparisonMarkdown, type ComparisonReport } from '../../io/export-comparison.ts';
import { downloadBlob } from '../download.ts';

function save(name: string, type: string, text: string): void {
  downloadBlob(new Blob([text], { type }), name);
}

export function ComparisonView({ report, busy, onAdd }: { report: ComparisonReport; busy: boolean; onAdd: (report: ComparisonReport) => void }): ReactNode {
  const { comparison } = report;
  const open = comparison.pains.outcomes.filter((pain) => pain.addressedBy === null);
  return (
    <section className="jm-review-comparison" aria-label="Comparison">
      <p className="jm-review-headline" data-testid="compare-headline">
        <strong>{painsLine(comparison)}</strong> · {countsLine(comparison)}
      </p>
      <table className="jm-review-table">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Δ</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {comparison.stages.map((stage, row) => (
            <tr key={row} data-testid="compare-stage">
              <th scope="row">{stage.previousName === null ? stage.name : `${stage.name} (was ${stage.previousName})`}</th>
              <td>{signed(stage.before.mean)}</td>
              <td>{signed(stage.after.mean)}</td>
              <td className={`jm-delta jm-delta-${deltaDirection(stage.delta)}`}>{deltaBadge(stage.delta)}</td>
              <td>
                +{stage.added} −{stage.removed} ~{stage.changed}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.changes.length > 0 && (
        <ul className="jm-review-changes" aria-label="Changes">
          {comparison.changes.map((change, index) => (
            <li key={index} data-testid="compare-change">
              {change.stage}: {change.change === 'changed' ? change.changes.join(', ') : change.change} “{change.text}”{change.reworded ? ' (reworded, check)' : ''}
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && (
        <ul className="jm-review-open" aria-label="Pain points not addressed">
          {open.map((pain) => (
            <li key={pain.id}>
              {pain.stage}: “{pain.text}”
            </li>
          ))}
        </ul>
      )}
      {report.findings.length > 0 && (
        <ul className="jm-review-findings" aria-label="Findings on the future map">
          {report.findings.map((finding, index) => (
            <li key={index} data-testid="compare-finding">
              {finding.severity === 'info' ? 'Info' : 'Warning'} · {finding.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => onAdd(report)}>
        Add comparison to the board
      </button>
      <div role="group" aria-label="Comparison downloads" className="jm-review-downloads">
        <button type="button" className="button button-secondary button-small" onClick={() => save('comparison.json', 'application/json', comparisonJson(report))}>
          Comparison (.json)
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => save('comparison.md', 'text/markdown', comparisonMarkdown(report))}>
          Comparison (.md)
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => void comparisonCsv(comparison).then((text) => save('comparison.csv', 'text/csv', text))}>
          Changes (.csv)
        </button>
      </div>
    </section>
  );
}
