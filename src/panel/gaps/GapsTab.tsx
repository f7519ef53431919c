// The Gaps tab: read the selected (or only) journey frame, show its
// completeness score and why, the gaps grouped by rule, the insights apart,
// the data check's findings when the Data tab has run one on this map;
// point at them on the board, offer each rule's fix-it, download the results,
// or the whole board as a snapshot.
import { StatusMessage } from '../StatusMessage.tsx';
import { plural } from '../plural.ts';
import { countsLine } from '../../io/export-report.ts';
import { lossLine } from '../../analysis/score.ts';
import { BoardSnapshotDownload, Downloads } from './Downloads.tsx';
import { DataFindings } from './DataFindings.tsx';
import { FindingList } from './FindingList.tsx';
import { FrameChooser } from '../FrameChooser.tsx';
import { useFocusResult } from '../useFocusResult.ts';
import { LanesAsRead } from './LanesAsRead.tsx';
import { useGapCheck } from './useGapCheck.ts';
import './gaps.css';

export default function GapsTab() {
  const { state, check, show, fix, setLaneKind } = useGapCheck();
  const { report, snapshot } = state;
  const result = useFocusResult(state.status);
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
      <div ref={result} tabIndex={-1} className="jm-result" data-testid="gaps-result">
        {state.status !== null && <StatusMessage kind={state.status.kind} text={state.status.text} />}
        <FrameChooser candidates={state.candidates} busy={state.busy} verb="Check" onChoose={(frame) => void check(frame.id)} />
        {report !== null && snapshot !== null && (
          <>
            <div className="jm-gaps-score" aria-label={`Map completeness ${report.score} out of 100`}>
              <span className="jm-gaps-score-value" data-testid="gaps-score">
                {report.score}
              </span>
              <span className="jm-gaps-score-of">/ 100 map completeness</span>
              <span className="jm-gaps-score-counts">{countsLine(report.findings)}</span>
            </div>
            {report.losses.length > 0 && (
              <ul className="jm-gaps-losses" aria-label="Why the score is not 100" data-testid="gaps-losses">
                {report.losses.map((loss) => (
                  <li key={loss.rule}>{lossLine(loss)}</li>
                ))}
              </ul>
            )}
            <FindingList report={report} snapshot={snapshot} busy={state.busy} onShow={(target) => void show(target)} onFix={(offer) => void fix(offer)} />
            <DataFindings frameId={report.frame.id} journey={report.journey} onShow={(target) => void show(target)} />
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
      </div>
      <BoardSnapshotDownload />
    </div>
  );
}
