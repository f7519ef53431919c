// Fuzzing the CSV import (src/io/import-csv.ts): random bytes never make it
// throw; random well-quoted rows are read literally (less a formula guard), or refused with one
// "row N…" line per bad row, exactly when a row is bad.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unguardFormula } from '../../src/io/csv-formula.ts';
import { importJourneyCsv } from '../../src/io/import-csv.ts';
import { PROPERTY_RUNS } from './runs.ts';

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

const cellText = fc.string({ unit: fc.oneof(fc.constantFrom(',', ';', '"', '\n', '\r\n', ' ', '<', '&', '=', 'é', '😍'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })), maxLength: 20 });
const valence = fc.oneof(fc.constantFrom('', '-2', '-1', '0', '1', '2', '+1'), fc.string({ maxLength: 3 }));
const row = fc.record({ stage: cellText, lane: cellText, text: cellText, valence });
type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

const validValence = (raw: string) => /^[+-]?[0-2]$/.test(raw.trim()) || raw.trim() === '';
const blank = (entry: Row) => [entry.stage, entry.lane, entry.text, entry.valence].every((cell) => cell.trim() === '');
// The import takes one formula-guard apostrophe off a cell ("'=x" → "=x", "'\r…" → "\r…"), as the export puts it on:
// a cell's meaning is its text without that guard.
const read = (cell: string) => unguardFormula(cell);
const bad = (entry: Row) => !blank(entry) && (read(entry.stage).trim() === '' || read(entry.lane).trim() === '' || !validValence(read(entry.valence)));

describe('importJourneyCsv under random input', { timeout: 60_000 }, () => {
  it('never throws on random text and bytes', async () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((array) => new TextDecoder().decode(array));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), bytes), async (text) => {
        const result = await importJourneyCsv(text);
        if (!result.ok) for (const line of result.errors) expect(line).toMatch(/^(row \d+|journey\.)/);
      }),
      { numRuns: PROPERTY_RUNS.csvText },
    );
  });

  it('reads well-quoted rows literally, or names exactly the bad rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = ['stage,lane,text,valence', ...rows.map((entry) => [entry.stage, entry.lane, entry.text, entry.valence].map(quote).join(','))].join('\n');
        const result = await importJourneyCsv(text);
        const badRows = rows.flatMap((entry, index) => (bad(entry) ? [index + 2] : []));
        if (badRows.length > 0) {
          if (result.ok) throw new Error('a bad row was accepted');
          expect([...new Set(result.errors.map((line) => Number(/^row (\d+)/.exec(line)?.[1])))].sort((a, b) => a - b)).toEqual(badRows);
          return;
        }
        if (rows.every(blank)) {
          // fast-check reads a returned value as the verdict: assert, then return nothing.
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(`refused good rows: ${result.errors.join('; ')}`);
        const written = rows.filter((entry) => !blank(entry) && read(entry.text).trim() !== '').map((entry) => read(entry.text).trim());
        expect(result.value.notes.map((note) => note.text)).toEqual(written);
      }),
      // A guard apostrophe before a line break (found by this property once): always tried.
      { numRuns: PROPERTY_RUNS.csvRows, examples: [[[{ stage: '!', lane: '!', text: "'\r\n", valence: '' }, { stage: '!', lane: '!', text: '', valence: '' }]]] },
    );
  });
});
