// After an action, keyboard focus moves to what it produced (the status and
// results), not to the page body: a screen-reader or keyboard user lands on
// the answer. The region gets tabIndex -1 so it can take focus without
// joining the tab order.
import { useEffect, useRef } from 'react';

/** A ref for the result region; it takes focus whenever `result` changes to something. */
export function useFocusResult(result: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result !== null && result !== undefined) ref.current?.focus();
  }, [result]);
  return ref;
}
