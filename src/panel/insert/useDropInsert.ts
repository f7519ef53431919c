// Drag and drop from the panel: the preview and each preset carry the class
// `miro-draggable`; Miro (and the demo's in-memory board) fires `drop` with
// the board point and the dragged element, and the map is inserted there.
// The same handler runs in Miro and in the demo.
import { useEffect, useRef } from 'react';
import type { DropEvent } from '@mirohq/websdk-types';
import type { Journey } from '../../model/journey.ts';
import { presetJourney } from '../../templates/index.ts';
import type { BoardPort } from '../../board/port.ts';

/** The data attribute naming a draggable preset; the preview has none and drops the map being edited. */
export const PRESET_ATTRIBUTE = 'data-preset';

/** Which map a dropped element stands for: its preset, else the draft; undefined for an element that is no map. */
export function droppedJourney(target: unknown, draft: Journey): Journey | undefined {
  const element = target as { getAttribute?: (name: string) => string | null } | null;
  if (typeof element?.getAttribute !== 'function') return undefined;
  const preset = element.getAttribute(PRESET_ATTRIBUTE);
  if (preset !== null) return presetJourney(preset);
  return element.getAttribute('data-draft') === null ? undefined : draft;
}

export interface DropInsertOptions {
  board: BoardPort;
  draft: Journey;
  insert: (journey: Journey, at: { x: number; y: number }) => void;
}

export function useDropInsert({ board, draft, insert }: DropInsertOptions): void {
  // The handler reads the latest draft and insert without re-registering on every keystroke.
  const latest = useRef({ draft, insert });
  useEffect(() => {
    latest.current = { draft, insert };
  });
  useEffect(() => {
    const onDrop = ({ x, y, target }: DropEvent) => {
      const journey = droppedJourney(target, latest.current.draft);
      if (journey !== undefined) latest.current.insert(journey, { x, y });
    };
    void board.ui.on('drop', onDrop);
    return () => void board.ui.off('drop', onDrop);
  }, [board]);
}
