// "What changed since the last review": each change with who and when.
import type { WhatChangedResult } from './actions.ts';

const when = (at: string | null, by: string | null) => (at === null ? '' : ` — ${by ?? 'someone'}, ${at.slice(0, 16).replace('T', ' ')}`);

export function WhatChangedView({ result }: { result: WhatChangedResult }) {
  if (result.source === 'none') return <p className="jm-status jm-status-info">{result.message}</p>;
  if (result.source === 'review-date') {
    return (
      <section aria-label="What changed" className="jm-review-changed">
        <p>No checkpoint yet: items changed since the review date {result.day}.</p>
        <ul>
          {result.items.map((item) => (
            <li key={item.id} data-testid="changed-entry">
              “{item.text}”{when(item.at, item.by)}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section aria-label="What changed" className="jm-review-changed">
      <p>
        Since the {result.checkpoint.kind} of {result.checkpoint.at.slice(0, 10)}: {result.entries.length === 0 ? 'nothing changed.' : `${result.entries.length} changes.`}
      </p>
      <ul>
        {result.entries.map((entry, index) => (
          <li key={index} data-testid="changed-entry">
            {entry.stage}: {entry.change === 'changed' ? entry.what.join(', ') : entry.change} “{entry.text}”{when(entry.at, entry.by)}
          </li>
        ))}
      </ul>
    </section>
  );
}
