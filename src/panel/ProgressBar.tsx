// Progress of long board work (inserting, recolouring, reading), for any tab.
export interface ProgressBarProps {
  done: number;
  total: number;
  /** What is in progress, e.g. "Inserting sticky notes". */
  label: string;
}

export function ProgressBar({ done, total, label }: ProgressBarProps) {
  const max = Math.max(0, total);
  const now = Math.min(Math.max(0, done), max);
  const percent = max === 0 ? 0 : Math.round((now / max) * 100);
  return (
    <div className="jm-progress">
      <div className="jm-progress-label">
        <span>{label}</span>
        <span className="jm-progress-count">
          {now} / {max}
        </span>
      </div>
      <div
        className="jm-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={now}
      >
        <div className="jm-progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
