// Zoom buttons over the board, with the current zoom level.
export interface ZoomControlsProps {
  percent: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

export function ZoomControls({ percent, onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  return (
    <div className="demo-zoom" role="group" aria-label="Zoom">
      <button type="button" className="button button-secondary button-small" onClick={onZoomOut} aria-label="Zoom out">
        −
      </button>
      <span className="demo-zoom-level" aria-live="polite">
        {Math.round(percent)}%
      </span>
      <button type="button" className="button button-secondary button-small" onClick={onZoomIn} aria-label="Zoom in">
        +
      </button>
      <button type="button" className="button button-secondary button-small" onClick={onFit}>
        Fit
      </button>
    </div>
  );
}
