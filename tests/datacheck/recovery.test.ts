// The data check recovers what the simulator planted: precision and recall per
// finding over 30 random scenarios (1,500 customers each), and exact counts of
// instances, events and bad rows.
import { describe, expect, it } from 'vitest';
import { runDataCheck, type DataCheckResult } from '../../src/analysis/datacheck/data-check.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { DATA_RULE_IDS } from '../../src/analysis/datacheck/findings.ts';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { scenario } from './scenarios.ts';
import { simulate } from './simulator.ts';

function findingKeys(result: DataCheckResult): string[] {
  const keys = result.hidden.map((entry) => `hidden-touchpoint:${entry.activity}@${entry.stageId}`);
  for (const finding of result.findings) {
    const [first = '', second = ''] = finding.itemIds;
    if (finding.rule === 'channel-mismatch' || finding.rule === 'touchpoint-not-in-data') keys.push(`${finding.rule}:${first}`);
    else if (finding.rule === 'order-deviation') keys.push(`${finding.rule}:${first}>${second}`);
    else if (finding.rule === 'stage-drop-off' && finding.severity !== 'info') keys.push(`${finding.rule}:${finding.stageId}:${finding.severity}`);
    else if (finding.rule === 'valence-mismatch') keys.push(`${finding.rule}:${first}:${finding.severity}`);
    else if (finding.rule === 'low-mapping-coverage') keys.push(finding.rule);
  }
  return keys;
}

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

const SEEDS = Array.from({ length: 30 }, (_, index) => index + 1);

function tallyAll(): { tallies: Map<string, Tally>; misses: string[] } {
  const tallies = new Map<string, Tally>(DATA_RULE_IDS.map((rule) => [rule, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  const misses: string[] = [];
  for (const seed of SEEDS) {
    const planted = scenario(seed);
    const log = simulate(planted.config);
    const result = runDataCheck({ map: log.map, log: parseLogText(log.csv), saved: {}, settings: DATA_CHECK_DEFAULTS, source: 'simulated.csv' });
    const found = new Set(findingKeys(result).filter((key) => !planted.ignored.has(key)));
    const tally = (key: string) => tallies.get(key.split(':')[0] ?? '') as Tally;
    for (const key of found) {
      if (planted.expected.has(key)) tally(key).truePositives++;
      else {
        tally(key).falsePositives++;
        misses.push(`seed ${seed}: unexpected ${key}`);
      }
    }
    for (const key of [...planted.expected].filter((planted) => !found.has(planted))) {
      tally(key).falseNegatives++;
      misses.push(`seed ${seed}: missed ${key}`);
    }
  }
  return { tallies, misses };
}

describe('the data check on simulated journeys', () => {
  it('recovers the planted findings: precision and recall per finding', { timeout: 120_000 }, () => {
    const { tallies, misses } = tallyAll();
    const table = [...tallies].map(([rule, t]) => {
      const precision = t.truePositives + t.falsePositives === 0 ? 1 : t.truePositives / (t.truePositives + t.falsePositives);
      const recall = t.truePositives + t.falseNegatives === 0 ? 1 : t.truePositives / (t.truePositives + t.falseNegatives);
      return { rule, planted: t.truePositives + t.falseNegatives, precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)) };
    });
    console.table(table);
    expect(misses).toEqual([]);
    // Every rule with planted cases is exercised (low-mapping-coverage has its own test).
    expect(table.filter((row) => row.planted === 0).map((row) => row.rule)).toEqual(['low-mapping-coverage']);
  });

  it('counts journey instances (a return after the window is a new one), events and bad rows exactly', { timeout: 60_000 }, () => {
    for (const seed of [3, 11]) {
      const log = simulate(scenario(seed).config);
      const read = parseLogText(log.csv);
      const result = runDataCheck({ map: log.map, log: read, saved: {}, settings: DATA_CHECK_DEFAULTS, source: 'simulated.csv' });
      expect({ instances: result.instances, events: result.events, badRows: result.badRows }).toEqual(log.truth);
      expect(result.errors[0]).toMatch(/^row \d+, column timestamp: not a time: "yesterday"$/);
    }
  });
});
