// The Board check (docs/miro-board.md): what this board does where the app
// relies on Miro's reference, and its answers to what the reference leaves
// open, as a table and as JSON to paste into the in-memory board's parameters.
import { useState } from 'react';
import type { BoardCheckReport } from '../../board/contract/check.ts';
import { errorMessage } from '../../board/errors.ts';
import { StatusMessage } from '../StatusMessage.tsx';
import { useBoardCheck } from './useBoardCheck.ts';
import './check.css';

function Results({ report }: { report: BoardCheckReport }) {
  const [copied, setCopied] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(report, null, 2));
      setCopied({ kind: 'success', text: 'Copied the results as JSON.' });
    } catch (error) {
      setCopied({ kind: 'error', text: `Could not copy: ${errorMessage(error)}` });
    }
  };
  const differs = report.cases.filter((entry) => entry.outcome === 'differs').length;
  return (
    <>
      <StatusMessage
        kind={differs === 0 && report.leftovers.length === 0 ? 'success' : 'error'}
        text={`${differs === 0 ? 'Every case ran as Miro’s reference says' : `${differs} case(s) differ from Miro’s reference`}. ${report.leftovers.length === 0 ? 'Everything the check made was removed.' : `Left on the board: ${report.leftovers.join('; ')}`}`}
      />
      <table className="jm-check-table" aria-label="Board check results">
        <thead>
          <tr>
            <th scope="col">Behaviour</th>
            <th scope="col">Reference</th>
            <th scope="col">This board</th>
          </tr>
        </thead>
        <tbody>
          {report.cases.map((entry) => (
            <tr key={entry.id} data-outcome={entry.outcome}>
              <td>{entry.behaviour}</td>
              <td>
                {entry.reference} <span className="jm-check-source">({entry.source})</span>
              </td>
              <td>
                <strong>{entry.outcome}</strong>: {entry.observed}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="jm-check-table" aria-label="Answers to the unverified questions">
        <thead>
          <tr>
            <th scope="col">Unverified question</th>
            <th scope="col">This board’s answer</th>
          </tr>
        </thead>
        <tbody>
          {report.answers.map((answer) => (
            <tr key={answer.id}>
              <td>{answer.question}</td>
              <td>
                <code>{answer.id}</code>: {answer.answer}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
        Copy as JSON
      </button>
      {copied !== null && <StatusMessage kind={copied.kind} text={copied.text} />}
    </>
  );
}

export default function BoardCheckView({ onBack }: { onBack: () => void }) {
  const { state, run } = useBoardCheck();
  return (
    <section className="jm-check" aria-label="Board check">
      <button type="button" className="jm-link" onClick={onBack}>
        ← Back to the tools
      </button>
      <h2 className="jm-check-title">Board check</h2>
      <p>
        Checks that this board behaves as Miro’s reference says where the app relies on it, and answers what the reference leaves open. It works in a scratch frame in empty
        space near the view and removes everything it made.
      </p>
      <button type="button" className="button button-primary" disabled={state.busy} onClick={() => void run()}>
        {state.report === null ? 'Run board check' : 'Run board check again'}
      </button>
      {state.progress !== null && (
        <p className="jm-status jm-status-info" role="status" aria-busy="true">
          Checking… {state.progress.done} of {state.progress.total}
        </p>
      )}
      {state.error !== null && <StatusMessage kind="error" text={state.error} />}
      {state.report !== null && <Results report={state.report} />}
    </section>
  );
}
