// The Review tab: create a future state from a map, compare two maps, mark a
// map reviewed or save a milestone, see what changed since the last review,
// add the next review to a calendar.
import { useId, useState } from 'react';
import { isoDay } from '../../analysis/gap-check.ts';
import { errorMessage } from '../../board/errors.ts';
import { readBoard } from '../../board/reader.ts';
import { reviewCalendar } from '../../io/review-calendar.ts';
import { readJourney } from '../../readback/read-journey.ts';
import { useBoard } from '../BoardContext.tsx';
import { downloadBlob } from '../download.ts';
import { StatusMessage } from '../StatusMessage.tsx';
import { ComparisonView } from './ComparisonView.tsx';
import { useReview } from './useReview.ts';
import { WhatChangedView } from './WhatChangedView.tsx';
import './review.css';

function FramePicker({ label, value, frames, onChange }: { label: string; value: string; frames: { id: string; title: string }[]; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div className="jm-review-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {frames.map((frame) => (
          <option key={frame.id} value={frame.id}>
            {frame.title || frame.id}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function ReviewTab() {
  const board = useBoard();
  const { state, refresh, createFuture, compare, checkpoint, whatChanged, addComparison } = useReview();
  const [picked, setMap] = useState('');
  const [pickedTo, setTo] = useState('');
  const [force, setForce] = useState(false);
  const [calendarError, setCalendarError] = useState<string | null>(null);
  // A picked frame that left the board falls back to the first map (and to the next one to compare with).
  const ids = state.frames.map((frame) => frame.id);
  const map = ids.includes(picked) ? picked : (ids[0] ?? '');
  const to = ids.includes(pickedTo) ? pickedTo : (ids.find((id) => id !== map) ?? map);

  const addToCalendar = async () => {
    try {
      setCalendarError(null);
      const read = readJourney((await readBoard(board)).snapshot, { frameId: map });
      if (!read.ok) throw new Error(read.message);
      const { cadence, lastReviewed } = read.journey.review;
      if (cadence === null) throw new Error('the map names no review cadence (quarterly, twice a year, yearly) on its review line');
      const now = new Date();
      downloadBlob(new Blob([reviewCalendar({ frameId: map, title: read.frame.title, cadence, lastReviewed, today: isoDay(now), now: now.toISOString() })], { type: 'text/calendar' }), 'journey-map-review.ics');
    } catch (error) {
      setCalendarError(`Could not make the calendar event: ${errorMessage(error)}`);
    }
  };

  const none = state.frames.length === 0;
  return (
    <div className="jm-review">
      <p className="jm-review-intro">Draw the future state beside the current map, compare the two, and keep each map reviewed.</p>
      <button type="button" className="button button-secondary button-small" disabled={state.busy} onClick={() => void refresh()}>
        Refresh the list of maps
      </button>
      {none && !state.busy && <p className="jm-status jm-status-info">No journey map found on the board.</p>}
      {!none && (
        <>
          <FramePicker label="Map" value={map} frames={state.frames} onChange={setMap} />
          <div className="jm-review-actions" role="group" aria-label="This map">
            <button type="button" className="button button-primary button-small" disabled={state.busy} onClick={() => void createFuture(map)}>
              Create future state from this map
            </button>
            <button type="button" className="button button-secondary button-small" disabled={state.busy} onClick={() => void checkpoint(map, 'review')}>
              Mark reviewed
            </button>
            <button type="button" className="button button-secondary button-small" disabled={state.busy} onClick={() => void checkpoint(map, 'milestone')}>
              Save milestone
            </button>
            <button type="button" className="button button-secondary button-small" disabled={state.busy} onClick={() => void whatChanged(map)}>
              What changed since the last review
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => void addToCalendar()}>
              Add to calendar
            </button>
          </div>
          <FramePicker label="Compare with" value={to} frames={state.frames} onChange={setTo} />
          <label className="jm-review-force">
            <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} /> Compare anyway when the personas differ
          </label>
          <button type="button" className="button button-primary button-small" disabled={state.busy || map === to} onClick={() => void compare({ from: map, to, force })}>
            Compare
          </button>
        </>
      )}
      {state.status !== null && <StatusMessage kind={state.status.kind} text={state.status.text} />}
      {calendarError !== null && <StatusMessage kind="error" text={calendarError} />}
      {state.unsaved !== null && (
        <button type="button" className="button button-secondary button-small" onClick={() => downloadBlob(new Blob([JSON.stringify(state.unsaved, null, 2)], { type: 'application/json' }), 'journey-map-checkpoint.json')}>
          Download the checkpoint (.json)
        </button>
      )}
      {state.changed !== null && <WhatChangedView result={state.changed} />}
      {state.comparison !== null && <ComparisonView report={state.comparison} busy={state.busy} onAdd={addComparison} />}
    </div>
  );
}
