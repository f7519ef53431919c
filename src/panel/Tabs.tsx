// An accessible tab list (WAI-ARIA tabs pattern): one tab in the Tab order at a
// time, arrow keys / Home / End move between tabs and select them. A tab's
// panel stays mounted (hidden) once visited, so work in progress there (an
// insert, a recolour) survives switching tabs.
import { Suspense, useId, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { TabErrorBoundary } from './TabErrorBoundary.tsx';

export interface TabSpec {
  id: string;
  label: string;
  Component: ComponentType;
}

export interface TabsProps {
  tabs: readonly TabSpec[];
  /** Accessible name of the tab list. */
  label: string;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function Tabs({ tabs, label }: TabsProps) {
  const prefix = useId();
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([active]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const choose = (id: string) => {
    setActive(id);
    setVisited((previous) => (previous.has(id) ? previous : new Set([...previous, id])));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    const index = tabs.findIndex((tab) => tab.id === active);
    if (move === undefined || index < 0) return;
    event.preventDefault();
    const next = tabs[move(index, tabs.length)];
    if (next === undefined) return;
    choose(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <div className="jm-tabs">
      <div className="tabs jm-tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${prefix}-tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`${prefix}-panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            className={tab.id === active ? 'tab tab-active jm-tab' : 'tab jm-tab'}
            onClick={() => choose(tab.id)}
          >
            <span className="tab-text">{tab.label}</span>
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${prefix}-panel-${tab.id}`}
          aria-labelledby={`${prefix}-tab-${tab.id}`}
          hidden={tab.id !== active}
          tabIndex={0}
          className="jm-tabpanel"
        >
          {visited.has(tab.id) && (
            <TabErrorBoundary label={tab.label}>
              <Suspense fallback={<p className="jm-loading">Loading {tab.label}…</p>}>
                <tab.Component />
              </Suspense>
            </TabErrorBoundary>
          )}
        </div>
      ))}
    </div>
  );
}
