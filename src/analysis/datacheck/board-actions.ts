// What the data check offers to change on the map itself, on request: which
// touchpoints the log backs ("accept as evidence": `evidence: analytics`), and
// the colours of "rate as X" for unrated touchpoints, as item updates the
// recolour's board code carries out (with its rollback).
import type { ItemUpdate } from '../../board/item-updates.ts';
import { colorForValence, type RatedValence } from '../../model/valence.ts';
import type { DataCheckResult } from './data-check.ts';
import type { DataMap } from './data-map.ts';

export const EVIDENCE_TAG = 'evidence: analytics';

/** Touchpoints seen in at least `evidenceCoverage` of journeys, with n ≥ minN. */
export function evidenceIds(result: DataCheckResult): string[] {
  const { evidenceCoverage, minN } = result.settings;
  return result.touchpoints.filter((metric) => metric.coverage >= evidenceCoverage && metric.instances >= minN).map((metric) => metric.id);
}

/**
 * "Rate as X": each unrated touchpoint with enough scores gets the colour of its
 * observed level, if it still has the colour it had when the map was read (a
 * sticky someone recoloured since is skipped: a plan applies only to the board
 * it was made from).
 */
export function rateUpdates(result: DataCheckResult, map: DataMap): ItemUpdate[] {
  const readColour = new Map(map.touchpoints.map((point) => [point.id, point.fillColor]));
  return result.rateAs.map((entry) => {
    const after = { fillColor: colorForValence(entry.valence as RatedValence, map.palette) };
    const fillColor = readColour.get(entry.id);
    return fillColor === undefined ? { id: entry.id, after } : { id: entry.id, after, expect: { fillColor } };
  });
}
