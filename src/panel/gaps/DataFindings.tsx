// The data check's findings in the Gaps tab, as their own group "Tested
// against data", when the Data tab has checked this same map against a log in
// this panel session. They come from the log, not the map's completeness: the
// score above never counts them.
import { DATA_GROUP } from '../../analysis/datacheck/findings.ts';
import type { Journey } from '../../model/journey.ts';
import { useDataShare } from '../DataShareContext.tsx';

export interface DataFindingsProps {
  /** The map frame the gap check read: findings of a log checked against another map are not shown. */
  frameId: string;
  journey: Journey;
  onShow(target: { itemIds: readonly string[]; stageId?: string }): void;
}

export function DataFindings({ frameId, journey, onShow }: DataFindingsProps) {
  const { shared } = useDataShare();
  if (shared === null || shared.mapFrameId !== frameId) return null;
  const { findings } = shared;
  return (
    <section className="jm-gaps-group" aria-label={DATA_GROUP}>
      <h3 className="jm-gaps-heading jm-gaps-heading-data">
        {DATA_GROUP} ({findings.length})
      </h3>
      <p className="jm-gaps-data-source">From the log {shared.source} (Data tab); not counted in the completeness score.</p>
      {findings.length === 0 && <p className="jm-gaps-none">No finding: the map holds up against this log.</p>}
      <ul className="jm-findings">
        {findings.map((finding, index) => {
          const stage = journey.stages.find((entry) => entry.id === finding.stageId);
          return (
            <li key={`${finding.rule}-${index}`} className={`jm-finding jm-finding-${finding.severity}`} data-rule={finding.rule}>
              <button type="button" className="jm-finding-show" disabled={finding.itemIds.length === 0} onClick={() => onShow(finding)} title="Zoom to it on the board and select it">
                {stage !== undefined && <span className="jm-finding-stage">{stage.name}</span>}
                <span className="jm-finding-message">{finding.message}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
