// @vitest-environment happy-dom
// The Gaps tab lists the data check's findings as their own group "Tested
// against data" when the Data tab (here: a stand-in sharing a real result) has
// run one on the same map in this panel session; the completeness score stays
// as it is, and another map's data findings are not shown.
import { afterEach, describe, expect, it } from 'vitest';
import { useEffect } from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { runDataCheck } from '../../src/analysis/datacheck/data-check.ts';
import { dataMapOf } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { BoardProvider } from '../../src/panel/BoardContext.tsx';
import { DataShareProvider, useDataShare, type SharedDataCheck } from '../../src/panel/DataShareContext.tsx';
import GapsTab from '../../src/panel/gaps/GapsTab.tsx';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import { COFFEE_MAPPING, coffeeBoard, coffeeLog } from '../datacheck/coffee-log.ts';

afterEach(cleanup);

function coffeeSnapshot(): BoardSnapshot {
  const parsed = parseSnapshotText(coffeeBoard());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

function sharedCheck(snapshot: BoardSnapshot): SharedDataCheck {
  const read = gapCheck(snapshot, { today: '2026-11-29' });
  if (!read.ok) throw new Error(read.message);
  const map = dataMapOf({ journey: read.journey, snapshot, frameId: read.frame.id });
  const result = runDataCheck({ map, log: parseLogText(coffeeLog()), saved: COFFEE_MAPPING, settings: DATA_CHECK_DEFAULTS, source: 'events.csv' });
  return { mapFrameId: map.frameId, source: result.source, findings: result.findings };
}

/** Stands in for the Data tab: shares a result once, as the tab does after a run. */
function Sharer({ value }: { value: SharedDataCheck | null }) {
  const { share } = useDataShare();
  useEffect(() => share(value), [share, value]);
  return null;
}

function setup(value: SharedDataCheck | null, board: MemoryBoard) {
  render(
    <BoardProvider board={board}>
      <DataShareProvider>
        <Sharer value={value} />
        <GapsTab />
      </DataShareProvider>
    </BoardProvider>,
  );
}

async function run() {
  fireEvent.click(screen.getByRole('button', { name: 'Run gap check' }));
  await screen.findByRole('button', { name: 'Run gap check again' });
}

describe('Gaps tab: "Tested against data"', () => {
  it('lists the data findings as their own group, in order, each pointing at its stickies', async () => {
    const snapshot = coffeeSnapshot();
    const shared = sharedCheck(snapshot);
    const board = MemoryBoard.fromSnapshot(snapshot);
    setup(shared, board);
    await run();
    const group = screen.getByRole('region', { name: 'Tested against data' });
    expect(within(group).getByRole('heading').textContent).toBe(`Tested against data (${shared.findings.length})`);
    expect(shared.findings.length).toBeGreaterThan(1);
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.querySelector('.jm-finding-message')?.textContent)).toEqual(shared.findings.map((finding) => finding.message));
    const index = shared.findings.findIndex((finding) => finding.itemIds.length > 0 && !finding.itemIds.includes('cs-frame'));
    const pointing = shared.findings[index];
    if (pointing === undefined) throw new Error('no finding points at a sticky');
    fireEvent.click(buttons[index] as HTMLElement);
    await waitFor(() => expect([...board.selectedIds()].sort()).toEqual([...pointing.itemIds].sort()));
  });

  it('shows no data group when no data check has run, and the score is the same as with one', async () => {
    const snapshot = coffeeSnapshot();
    setup(null, MemoryBoard.fromSnapshot(snapshot));
    await run();
    expect(screen.queryByRole('region', { name: 'Tested against data' })).toBeNull();
    const without = screen.getByTestId('gaps-score').textContent;
    cleanup();
    setup(sharedCheck(snapshot), MemoryBoard.fromSnapshot(snapshot));
    await run();
    expect(screen.getByRole('region', { name: 'Tested against data' })).toBeTruthy();
    expect(screen.getByTestId('gaps-score').textContent).toBe(without);
  });

  it('does not show the findings of a log checked against another map', async () => {
    const snapshot = coffeeSnapshot();
    setup({ ...sharedCheck(snapshot), mapFrameId: 'another-frame' }, MemoryBoard.fromSnapshot(snapshot));
    await run();
    expect(screen.queryByRole('region', { name: 'Tested against data' })).toBeNull();
  });
});
