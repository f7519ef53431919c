// The Gaps tab: read the selected (or only) journey frame, show its health
// score and findings by severity, point at them on the board, fix what one
// sticky fixes, download the results, or the whole board as a snapshot.
import { StatusMessage } from '../StatusMessage.tsx';
import { plural } from '../plural.ts';
import { countsLine } from '../../io/export-report.ts';
import { BoardSnapshotDownload, Downloads } from './Downloads.tsx';
import { FindingList } from './FindingList.tsx';
import { LanesAsRead } from './LanesAsRead.tsx';
import { useGapCheck } from './useGapCheck.ts';
import './gaps.css';

export default function GapsTab() {
  const { state, check, show, fix, setLaneKind } = useGapCheck();
  const { report, snapshot } = state;
  return (
    <div className="jm-gaps">
      <p className="jm-gaps-intro">Reads the selected journey frame (or the only one on the board) and lists what the map is missing.</p>
      <button type="button" className="button button-primary" disabled={state.busy} onClick={() => void check()}>
        {report === null ? 'Run gap check' : 'Run gap check again'}
      </button>
      {state.step !== null && (
        <p className="jm-status jm-status-info" role="status" aria-busy="true">
          {state.step}…
        </p>
      )}
      {state.status !== null && <StatusMessage kind={state.status.kind} text={state.status.text} />}
      {state.candidates.length > 0 && (
        <ul className="jm-gaps-candidates" aria-label="Journey frames">
          {state.candidates.map((frame) => (
            <li key={frame.id}>
              <button type="button" className="button button-secondary button-small" disabled={state.busy} onClick={() => void check(frame.id)}>
                Check “{frame.title || frame.id}”
              </button>
            </li>
          ))}
        </ul>
      )}
      {report !== null && snapshot !== null && (
        <>
          <div className="jm-gaps-score" aria-label={`Health score ${report.score} out of 100`}>
            <span className="jm-gaps-score-value" data-testid="gaps-score">
              {report.score}
            </span>
            <span className="jm-gaps-score-of">/ 100</span>
            <span className="jm-gaps-score-counts">{countsLine(report.findings)}</span>
          </div>
          <FindingList report={report} snapshot={snapshot} busy={state.busy} onShow={(finding) => void show(finding)} onFix={(offer) => void fix(offer)} />
          <LanesAsRead lanes={report.journey.lanes} busy={state.busy} onChange={(labelId, kind) => void setLaneKind({ frameId: report.frame.id, labelId, kind })} />
          {report.warnings.length > 0 && (
            <details className="jm-gaps-warnings">
              <summary>Could not read {plural(report.warnings.length, 'thing')}</summary>
              <ul>
                {report.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
          <Downloads report={report} />
        </>
      )}
      <BoardSnapshotDownload />
    </div>
  );
}
