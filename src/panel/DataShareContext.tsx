// The data check's findings, shared across the panel's tabs for this panel
// session: the Data tab holds the result, the Gaps tab lists its findings
// under "Tested against data" beside the map's own, for the same map only.
// Outside a provider (a tab rendered alone) nothing is shared.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DataFinding } from '../analysis/datacheck/findings.ts';

export interface SharedDataCheck {
  /** The map frame the log was checked against. */
  mapFrameId: string;
  /** The log's file name. */
  source: string;
  findings: readonly DataFinding[];
}

export interface DataShare {
  shared: SharedDataCheck | null;
  share(value: SharedDataCheck | null): void;
}

const NONE: DataShare = { shared: null, share: () => undefined };
const DataShareContext = createContext<DataShare>(NONE);

export function DataShareProvider({ children }: { children?: ReactNode }) {
  const [shared, share] = useState<SharedDataCheck | null>(null);
  const value = useMemo(() => ({ shared, share }), [shared]);
  return <DataShareContext value={value}>{children}</DataShareContext>;
}

export function useDataShare(): DataShare {
  return useContext(DataShareContext);
}
