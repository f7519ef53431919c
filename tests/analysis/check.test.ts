// The whole check: the shared example's findings (examples/README.md), the order
// of findings, and the health score's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJourney, hasErrors } from '../../src/analysis/registry.ts';
import { healthScore, SCORE_WEIGHTS } from '../../src/analysis/score.ts';
import { EXPLANATIONS } from '../../src/analysis/explanations.ts';
import { RULE_IDS, SEVERITIES, type Finding } from '../../src/analysis/types.ts';
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
      { rule: 'emotional-drop', severity: 'warning', message: 'Mood drops from +1 in "Discover" to −1 in "Sign up"', stageId: 'cs-h1', itemIds: ['cs-2'] },
    ]);
    expect(findings.some((finding) => finding.rule === 'persona-incomplete')).toBe(true);
    expect(findings.some((finding) => finding.rule === 'negative-without-opportunity')).toBe(false);
    expect(hasErrors(findings)).toBe(true);
  });
  it('reports errors first, then warnings, then info', () => {
    const ranks = findings.map((finding) => SEVERITIES.indexOf(finding.severity));
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

describe('health score', () => {
  const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({ rule, severity, message: '', itemIds: [] });

  it('is 100 with no findings and loses points by severity', () => {
    expect(healthScore([])).toBe(100);
    expect(healthScore([finding('stage-without-touchpoints', 'error')])).toBe(90);
    expect(healthScore([finding('missing-owner', 'warning')])).toBe(97);
    expect(healthScore([finding('missing-channel', 'info')])).toBe(99);
  });

  it('caps what one rule can take, so one kind of problem never zeroes the map', () => {
    const many = Array.from({ length: 200 }, () => finding('stage-without-touchpoints', 'error'));
    expect(healthScore(many)).toBe(100 - SCORE_WEIGHTS.error.capPerRule);
  });

  it('stays within 0–100 and never rises when a finding is added', () => {
    const anyFinding = fc.record({ rule: fc.constantFrom(...RULE_IDS), severity: fc.constantFrom(...SEVERITIES) }).map(({ rule, severity }) => finding(rule, severity));
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 80 }), anyFinding, (findings, extra) => {
        const score = healthScore(findings);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(healthScore([...findings, extra])).toBeLessThanOrEqual(score);
      }),
    );
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
          expect(EXPLANATIONS[entry.rule]).toBeDefined();
          if (entry.stageId !== undefined) expect(stages.has(entry.stageId)).toBe(true);
          if (entry.laneId !== undefined) expect(lanes.has(entry.laneId)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
