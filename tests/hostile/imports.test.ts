// The JSON and CSV imports over the hostile file corpus: odd but valid files
// read correctly and literally; invalid ones give row- or path-level errors and
// no journey at all, so nothing can be inserted from them.
import { describe, expect, it } from 'vitest';
import { importJourneyCsv } from '../../src/io/import-csv.ts';
import { importJourneyJson } from '../../src/io/import-json.ts';
import type { ParseResult } from '../../src/model/journey-file.ts';
import type { Journey } from '../../src/model/journey.ts';
import { CSV_CASES, JSON_CASES, fileText, type FileCase } from './file-cases.ts';
import { stringsIn } from './strings.ts';

function expectOutcome(entry: FileCase, result: ParseResult<Journey>): void {
  if (!entry.ok) {
    expect(result).toEqual({ ok: false, errors: entry.errors });
    return;
  }
  if (!result.ok) throw new Error(`refused: ${result.errors.join('; ')}`);
  expect(result.value.notes).toHaveLength(entry.notes ?? 0);
  const texts = new Set(stringsIn(result.value));
  for (const literal of entry.literals ?? []) expect(texts.has(literal), `"${literal}" kept literally`).toBe(true);
}

describe('JSON import, hostile files', { timeout: 60_000 }, () => {
  it.each(JSON_CASES.map((entry) => [`${entry.name}: ${entry.hits}`, entry] as const))('%s', (_title, entry) => {
    expectOutcome(entry, importJourneyJson(fileText(entry)));
  });

  it('lets no "__proto__" key reach an object prototype', () => {
    importJourneyJson(fileText({ name: 'journey-proto.json', hits: '', ok: true }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('CSV import, hostile files', { timeout: 60_000 }, () => {
  it.each(CSV_CASES.map((entry) => [`${entry.name}: ${entry.hits}`, entry] as const))('%s', async (_title, entry) => {
    expectOutcome(entry, await importJourneyCsv(fileText(entry)));
  });
});

describe('import corpus', { timeout: 60_000 }, () => {
  it('holds at least 20 files', () => {
    expect(JSON_CASES.length + CSV_CASES.length).toBeGreaterThanOrEqual(20);
  });
});
