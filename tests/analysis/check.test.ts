// The whole check: the shared example's findings (examples/README.md), the order
// of findings; the score is tested in completeness.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJourney, hasErrors, ruleById } from '../../src/analysis/registry.ts';
import { GROUPS, SEVERITIES, type Finding } from '../../src/analysis/types.ts';
import { journeyArbitrary } from '../support/journeys.ts';
import { readFixture } from '../readback/fixture.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function coffee() {
  const parsed = parseSnapshotText(readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const result = readJourney(parsed.snapshot);
  if (!result.ok) throw new Error(result.message);
  return checkJourney(result.journey, { today: '2026-11-22', strayItemIds: result.placement.strayItemIds, headerItemIds: result.placement.headerTextIds });
}

const pointsAt = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule).flatMap((finding) => finding.itemIds);

describe('the shared example', () => {
  const findings = coffee();
  it('finds what examples/README.md lists', () => {
    expect(findings.filter((finding) => finding.rule === 'stage-without-touchpoints').map((finding) => finding.stageId)).toEqual(['cs-h3']);
    expect(pointsAt(findings, 'missing-evidence')).toEqual(['cs-1', 'cs-2', 'cs-5']);
    expect(pointsAt(findings, 'missing-owner')).toEqual(expect.arrayContaining(['cs-2', 'cs-5']));
    expect(pointsAt(findings, 'missing-owner')).not.toContain('cs-1');
    expect(findings.filter((finding) => finding.rule === 'emotional-drop')).toEqual([
      { rule: 'emotional-drop', group: 'insight', severity: 'info', message: 'Mood drops from +1 in "Discover" to −1 in "Sign up"', stageId: 'cs-h1', itemIds: ['cs-2'] },
    ]);
    expect(findings.some((finding) => finding.rule === 'persona-incomplete')).toBe(true);
    expect(findings.some((finding) => finding.rule === 'negative-without-opportunity')).toBe(false);
    expect(hasErrors(findings)).toBe(true);
  });
  it('reports gaps first (errors, warnings, info), then insights', () => {
    const ranks = findings.map((finding) => GROUPS.indexOf(finding.group) * SEVERITIES.length + SEVERITIES.indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('a hand-made map with strays', () => {
  it('reports the stray sticky', () => {
    const result = readFixture('text-labels-clutter');
    const findings = checkJourney(result.journey, { today: '2026-11-22', strayItemIds: result.placement.strayItemIds });
    expect(pointsAt(findings, 'stray-item')).toEqual(['tl-park']);
    expect(findings.filter((finding) => finding.rule === 'moment-of-truth-negative').map((finding) => finding.itemIds)).toEqual([['tl-2']]);
  });
});

describe('checkJourney on any journey', () => {
  it('never throws, and every finding names a known rule, its severity, and existing stages and lanes', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const findings = checkJourney(journey, { today: '2026-11-22' });
        const stages = new Set(journey.stages.map((stage) => stage.id));
        const lanes = new Set(journey.lanes.map((lane) => lane.id));
        for (const entry of findings) {
          expect(ruleById(entry.rule)?.group).toBe(entry.group);
          if (entry.stageId !== undefined) expect(stages.has(entry.stageId)).toBe(true);
          if (entry.laneId !== undefined) expect(lanes.has(entry.laneId)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
