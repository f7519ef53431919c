// Readback and the gap check over the hostile corpus: never a throw, the outcome the manifest
// states, the warnings it names, and every listed text kept literally.
import { describe, expect, it } from 'vitest';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { checkJourney, hasErrors, RULE_IDS } from '../../src/analysis/registry.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { BOARD_CASES, boardText } from './cases.ts';
import { caseTitle, stringsIn } from './strings.ts';

describe('hostile boards through parseSnapshotText, readJourney and checkJourney', { timeout: 60_000 }, () => {
  it('holds at least 40 boards', () => {
    expect(new Set(BOARD_CASES.map((entry) => entry.name)).size).toBeGreaterThanOrEqual(40);
  });

  it.each(BOARD_CASES.map((entry) => [caseTitle(entry), entry] as const))('%s', (_title, entry) => {
    const parsed = parseSnapshotText(boardText(entry));
    expect(parsed.ok ? 'ok' : 'error').toBe(entry.parse);
    if (!parsed.ok) {
      for (const pattern of entry.warnings ?? []) expect(parsed.error).toMatch(pattern);
      return;
    }
    const read = readJourney(parsed.snapshot, entry.frameId === undefined ? {} : { frameId: entry.frameId });
    expect(read.ok ? 'ok' : read.reason).toBe(entry.read);
    const warnings = [...parsed.warnings, ...(read.ok ? read.warnings : [read.message])];
    for (const pattern of entry.warnings ?? []) expect(warnings.some((warning) => pattern.test(warning)), `a warning matching ${pattern}`).toBe(true);
    if (!read.ok) return;
    const texts = new Set(stringsIn(read.journey));
    for (const literal of entry.literals ?? []) expect(texts.has(literal), `"${literal.slice(0, 80)}" kept literally`).toBe(true);
    const findings = checkJourney(read.journey, { today: '2026-11-22', strayItemIds: read.placement.strayItemIds, headerItemIds: read.placement.headerTextIds });
    for (const finding of findings) expect(RULE_IDS).toContain(finding.rule);
    // The exit code of `check` follows from the findings: 1 when one is an error.
    expect(hasErrors(findings) ? 1 : 0).toBe(entry.exit);
  });
});
