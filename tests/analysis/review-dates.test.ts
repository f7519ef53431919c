// Review dates outside a sane range (the future, or before 1970) are a
// warning that says so, never date arithmetic ("due by +010000-02").
import { describe, expect, it } from 'vitest';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';

/** The inserted fixture map with its review line dated `date`. */
function journeyFromFixture(date: string): BoardSnapshot {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/readback/inserted-original.json'), 'utf8').replace('Last reviewed: 2026-09-01', `Last reviewed: ${date}`);
  const parsed = parseSnapshotText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.snapshot;
}

describe('review dates out of range', () => {
  it.each([
    ['9999-11-15', 'the last review date 9999-11-15 is after today (2026-11-22); the review check skipped it'],
    ['2027-01-01', 'the last review date 2027-01-01 is after today (2026-11-22); the review check skipped it'],
    ['0001-01-01', 'the last review date 0001-01-01 is before 1970; the review check skipped it'],
  ])('%s: a warning, no review-overdue finding', (date, warning) => {
    const report = gapCheck(journeyFromFixture(date), { today: '2026-11-22' });
    if (!report.ok) throw new Error(report.message);
    expect(report.findings.filter((finding) => finding.rule === 'review-overdue')).toEqual([]);
    expect(report.warnings).toContain(warning);
  });

  it('a date in range is still checked', () => {
    const report = gapCheck(journeyFromFixture('2020-01-01'), { today: '2026-11-22' });
    if (!report.ok) throw new Error(report.message);
    expect(report.findings.filter((finding) => finding.rule === 'review-overdue').map((finding) => finding.message)).toEqual(['Last reviewed 2020-01-01; reviewed quarterly, it was due by 2020-04-01: more than one review missed']);
  });
});
