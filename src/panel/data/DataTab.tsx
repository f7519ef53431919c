// The Data tab: hold the map against an event log. Load a log, confirm its
// columns, watch it being read (in a worker, with cancel), confirm suggested
// mappings, see the findings ("Tested against data") and put the data-check
// frame beside the map, or clear it.
import { evidenceIds } from '../../analysis/datacheck/board-actions.ts';
import { COLUMN_ROLES, REQUIRED_ROLES } from '../../analysis/datacheck/columns.ts';
import { SETTING_NAMES } from '../../analysis/datacheck/defaults.ts';
import { fromDataTexts } from '../../analysis/datacheck/from-data-plan.ts';
import { DATA_GROUP } from '../../analysis/datacheck/findings.ts';
import { summaryLine } from '../../io/datacheck-text.ts';
import { useEffect } from 'react';
import { useDataShare } from '../DataShareContext.tsx';
import { ProgressBar } from '../ProgressBar.tsx';
import { StatusMessage } from '../StatusMessage.tsx';
import { MappingList } from './MappingList.tsx';
import { useDataCheck } from './useDataCheck.ts';
import './data.css';

export default function DataTab() {
  const { state, chooseFile, setColumn, setSetting, run, cancel, confirm, boardAction, show } = useDataCheck();
  const { columns, result, map } = state;
  const { share } = useDataShare();
  // The Gaps tab lists these findings too, for the same map, for the rest of the session.
  useEffect(() => {
    if (result !== null && map !== null) share({ mapFrameId: map.frameId, source: result.source, findings: result.findings });
  }, [result, map, share]);
  return (
    <div className="jm-data">
      <p className="jm-data-intro">Tests the map against what customers did: an event log (CSV, TSV or JSON Lines) with a case id, an activity and a time. It is read on this computer only.</p>
      <label className="jm-data-file">
        Event log
        <input type="file" accept=".csv,.tsv,.txt,.jsonl,.json" disabled={state.busy} onChange={(event) => { const file = event.target.files?.[0]; if (file !== undefined) void chooseFile(file); }} />
      </label>
      {state.phase === 'columns' && columns !== null && (
        <fieldset className="jm-data-columns">
          <legend>Columns</legend>
          {COLUMN_ROLES.map((role) => (
            <label key={role}>
              {role}
              {REQUIRED_ROLES.includes(role) ? ' *' : ''}
              <select className="select select-small" value={columns[role]} onChange={(event) => setColumn(role, Number(event.target.value))}>
                <option value={-1}>—</option>
                {state.header.map((name, index) => (
                  <option key={index} value={index}>{name}</option>
                ))}
              </select>
            </label>
          ))}
          <details className="jm-data-settings">
            <summary>Settings</summary>
            {SETTING_NAMES.map((name) => (
              <label key={name}>
                {name}
                <input type="number" min={0} step="any" className="input input-small" value={state.settings[name]} onChange={(event) => setSetting(name, Number(event.target.value))} />
              </label>
            ))}
          </details>
          <button type="button" className="button button-primary" disabled={state.busy || REQUIRED_ROLES.some((role) => columns[role] < 0)} onClick={() => void run()}>
            Check the map against the log
          </button>
        </fieldset>
      )}
      {state.phase === 'reading' && (
        <div className="jm-data-reading">
          <ProgressBar done={Math.round(state.progress.done / 1024)} total={Math.round(state.progress.total / 1024)} label="Reading the log (KB)" />
          <button type="button" className="button button-secondary button-small" onClick={cancel}>Cancel</button>
        </div>
      )}
      {state.status !== null && <StatusMessage kind={state.status.kind} text={state.status.text} />}
      {result !== null && map !== null && state.phase === 'result' && (
        <>
          <p className="jm-data-summary">{summaryLine(result)}</p>
          <MappingList result={result} map={map} busy={state.busy} onConfirm={(activity, id) => void confirm(activity, id)} />
          <h2 className="jm-data-heading">{DATA_GROUP}</h2>
          {result.findings.length === 0 ? (
            <p>No finding: the map holds up against this log.</p>
          ) : (
            <ul className="jm-data-findings">
              {result.findings.map((finding, index) => (
                <li key={index} className={`jm-data-finding jm-data-${finding.severity}`}>
                  <button type="button" className="jm-data-show" onClick={() => void show(finding.itemIds)}>
                    <span className="jm-data-rule">{finding.severity} · {finding.rule}</span> {finding.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="jm-data-actions">
            <button type="button" className="button button-primary button-small" disabled={state.busy} onClick={() => void boardAction('write')}>Add data-check frame</button>
            <button type="button" className="button button-secondary button-small" disabled={state.busy || fromDataTexts(result, map).length === 0} onClick={() => void boardAction('fromData')}>Propose stickies ({fromDataTexts(result, map).length})</button>
            <button type="button" className="button button-secondary button-small" disabled={state.busy} onClick={() => void boardAction('clear')}>Clear data check</button>
          </div>
          <div className="jm-data-actions">
            <button type="button" className="button button-secondary button-small" disabled={state.busy || evidenceIds(result).length === 0} onClick={() => void boardAction('evidence')}>Accept as evidence ({evidenceIds(result).length})</button>
            <button type="button" className="button button-secondary button-small" disabled={state.busy || result.rateAs.length === 0} onClick={() => void boardAction('rate')}>Rate {result.rateAs.length} unrated</button>
          </div>
        </>
      )}
    </div>
  );
}
