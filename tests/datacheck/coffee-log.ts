// The hand-made coffee map with an `event:` tag, and a log of 200 customers
// whose case ids are e-mail addresses (they must never be shown): all see the
// ad, 70% hit the account prompt, 15% get a box and rate it 1 of 5, 30% compare
// plans, which the map lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDataCheck } from '../../src/analysis/datacheck/data-check.ts';
import { dataMapOf } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';

const COFFEE = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));

export function coffeeBoard(): string {
  const copy = structuredClone(COFFEE);
  copy.items.push({ id: 't-event', type: 'tag', title: 'event: instagram_ad*', color: 'blue' });
  const sticky = copy.items.find((item: { id: string }) => item.id === 'cs-1');
  sticky.tagIds = [...sticky.tagIds, 't-event'];
  return JSON.stringify(copy);
}

export function coffeeLog(): string {
  const lines = ['customer_id,event_name,timestamp,channel,csat'];
  for (let c = 0; c < 200; c++) {
    const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1) + c * 3_600_000 + minutes * 60_000).toISOString();
    const who = `customer${c}@example.com`;
    lines.push(`${who},instagram_ad_click,${at(0)},social,`);
    if (c % 10 < 3) lines.push(`${who},compare_plans,${at(5)},web,`);
    if (c % 10 < 7) lines.push(`${who},checkout_account_prompt,${at(10)},web,`);
    if (c % 10 === 0 || (c % 10 === 1 && c % 20 === 1)) lines.push(`${who},box_arrives_handwritten_note,${at(2000)},post,1`);
  }
  return `${lines.join('\n')}\n`;
}

export const COFFEE_MAPPING = { checkout_account_prompt: 'cs-2' };

/** The coffee board on an in-memory board, its map and the data check of the coffee log (saved mapping applied). */
export function coffeeDataCheck() {
  const parsed = parseSnapshotText(coffeeBoard());
  if (!parsed.ok) throw new Error(parsed.error);
  const read = gapCheck(parsed.snapshot, { today: '2026-11-29' });
  if (!read.ok) throw new Error(read.message);
  const map = dataMapOf({ journey: read.journey, snapshot: parsed.snapshot, frameId: read.frame.id });
  const result = runDataCheck({ map, log: parseLogText(coffeeLog()), saved: COFFEE_MAPPING, settings: DATA_CHECK_DEFAULTS, source: 'events.csv' });
  return { board: MemoryBoard.fromSnapshot(parsed.snapshot), map, result };
}
