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

function useRovingTabs(tabs: readonly TabSpec[]) {
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
    const next = move === undefined || index < 0 ? undefined : tabs[move(index, tabs.length)];
    if (next === undefined) return;
    event.preventDefault();
    choose(next.id);
    buttons.current.get(next.id)?.focus();
  };

  const register = (id: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(id, element);
    else buttons.current.delete(id);
  };

  return { active, visited, choose, onKeyDown, register };
}

export function Tabs({ tabs, label }: TabsProps) {
  const prefix = useId();
  const { active, visited, choose, onKeyDown, register } = useRovingTabs(tabs);
  const tabId = (tab: TabSpec) => `${prefix}-tab-${tab.id}`;
  const panelId = (tab: TabSpec) => `${prefix}-panel-${tab.id}`;
  return (
    <div className="jm-tabs">
      <div className="tabs jm-tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={register(tab.id)}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={tab.id === active}
            aria-controls={panelId(tab)}
            tabIndex={tab.id === active ? 0 : -1}
            className={tab.id === active ? 'tab tab-active jm-tab' : 'tab jm-tab'}
            onClick={() => choose(tab.id)}
          >
            <span className="tab-text">{tab.label}</span>
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} hidden={tab.id !== active} tabIndex={0} className="jm-tabpanel">
          {visited.has(tab.id) && <TabContent tab={tab} />}
        </div>
      ))}
    </div>
  );
}

function TabContent({ tab }: { tab: TabSpec }) {
  return (
    <TabErrorBoundary label={tab.label}>
      <Suspense fallback={<p className="jm-loading">Loading {tab.label}…</p>}>
        <tab.Component />
      </Suspense>
    </TabErrorBoundary>
  );
}
