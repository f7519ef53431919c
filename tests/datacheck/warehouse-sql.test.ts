// The warehouse SQL of docs/data-check.md, run verbatim in DuckDB on simulated
// logs, gives exactly the aggregates of the app's own code (`preaggregate`).
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { preaggregate } from '../../src/analysis/datacheck/preaggregate.ts';
import { scenario } from './scenarios.ts';
import { simulate } from './simulator.ts';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/data-check.md'), 'utf8');

/** The ```sql block whose first line is `-- data-check:<name>`. */
function sqlBlock(name: string): string {
  const block = DOC.split('```sql\n').find((part) => part.startsWith(`-- data-check:${name}`));
  if (block === undefined) throw new Error(`docs/data-check.md has no SQL block "${name}"`);
  return block.slice(0, block.indexOf('```'));
}

const dir = mkdtempSync(join(tmpdir(), 'datacheck-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function warehouse(csvPath: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // One thread: the load order is the file order, which is what `seq` stands for here.
  await connection.run('SET threads = 1');
  await connection.run(
    `CREATE TABLE my_events AS SELECT customer_id, event_name, TRY_CAST("timestamp" AS TIMESTAMPTZ) AS event_time, TRY_CAST(csat AS DOUBLE) AS csat, row_number() OVER () AS event_id FROM read_csv('${csvPath}', all_varchar = true, header = true)`,
  );
  for (const name of ['events', 'instances']) await connection.run(sqlBlock(name));
  const rows = async (name: string) => (await connection.runAndReadAll(sqlBlock(name).replace(/;\s*$/, ''))).getRowObjectsJS();
  const result = { activities: await rows('activities'), follows: await rows('follows') };
  connection.closeSync();
  return result;
}

const near = (value: unknown) => (value === null ? null : Math.round(Number(value) * 1e9) / 1e9);

describe('the warehouse SQL', () => {
  it.each([4, 17])('gives the same aggregates as the app on simulated log %i (zones, ties, loops, returns, bad rows)', { timeout: 60_000 }, async (seed) => {
    const config = { ...scenario(seed).config, customers: 400 };
    const { csv } = simulate(config);
    const path = join(dir, `log-${seed}.csv`);
    writeFileSync(path, csv);
    const app = preaggregate(parseLogText(csv).table, { windowDays: 30 });
    const sql = await warehouse(path);
    expect(sql.activities.length).toBeGreaterThan(15);
    expect(sql.follows.length).toBeGreaterThan(20);
    const activities = (rows: readonly Record<string, unknown>[]) =>
      rows.map((row) => ({ activity: String(row.activity), cases: Number(row.cases), events: Number(row.events), mean: near(row.mean), n: Number(row.n), sd: near(row.sd) })).sort((a, b) => a.activity.localeCompare(b.activity));
    const follows = (rows: readonly Record<string, unknown>[]) => rows.map((row) => `${String(row.from)}>${String(row.to)}:${Number(row.cases)}`).sort();
    expect(activities(sql.activities)).toEqual(activities(app.activities as unknown as Record<string, unknown>[]));
    expect(follows(sql.follows)).toEqual(follows(app.follows as unknown as Record<string, unknown>[]));
    expect(app.activities[0]).toMatchObject({ activity: '*', cases: simulate(config).truth.instances });
  });
});
