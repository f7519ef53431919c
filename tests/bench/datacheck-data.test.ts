// The data-check benchmark's inputs are what they claim: a map whose 40
// touchpoints read back, and a log whose 40 activities all map automatically.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, benchMapSnapshot, writeBenchLog } from '../../bench/datacheck-data.ts';
import { main } from '../../src/cli/main.ts';
import { fakeIO } from '../cli/fake-io.ts';

describe('data-check benchmark inputs', () => {
  it('map every activity automatically, each to its own touchpoint, and count 10 events a customer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-data-'));
    try {
      expect(writeBenchLog(join(dir, 'log.csv'), { customers: 300 })).toBe(3000);
      const run = fakeIO({ 'map.json': benchMapSnapshot(), 'log.csv': readFileSync(join(dir, 'log.csv'), 'utf8') });
      await main(['datacheck', 'map.json', '--log', 'log.csv', '--format', 'json'], run.io);
      const { dataCheck } = JSON.parse(run.out());
      expect(dataCheck.touchpoints).toHaveLength(40);
      const mapping: { activity: string; status: string; touchpointId: string }[] = dataCheck.mapping;
      expect(mapping.length).toBeGreaterThanOrEqual(30);
      expect(mapping.filter((entry) => entry.status !== 'auto' || !ACTIVITIES.includes(entry.activity))).toEqual([]);
      expect(new Set(mapping.map((entry) => entry.touchpointId)).size).toBe(mapping.length);
      expect([dataCheck.events, dataCheck.instances, dataCheck.mappingCoverage]).toEqual([3000, 300, 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
