// A textarea holding a list, one entry per line. It keeps its own text while
// typing (blank lines and trailing spaces stay) and reports the entries.
import { useId, useState } from 'react';
import { linesOf } from './draft.ts';

export interface LinesFieldProps {
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
  rows?: number;
}

export function LinesField({ label, values, onChange, rows = 3 }: LinesFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => values.join('\n'));
  return (
    <div className="form-group">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(linesOf(event.target.value));
        }}
      />
    </div>
  );
}
