// Mermaid and Markdown exports against board text written to break them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyMermaid } from '../../src/io/export-mermaid.ts';
import { reportMarkdown } from '../../src/io/export-report.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import type { Journey } from '../../src/model/journey.ts';
import { sampleJourney, textArbitrary } from '../support/journeys.ts';
import { parseSnapshotText } from '../../src/snapshot/snapshot.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What Mermaid's journey lexer (case-insensitive, blanks skipped) reads as
 * something other than a task name at the start of a line: the keywords, a
 * comment (`%%`, or any character then `%`), a `#` comment.
 */
const DIRECTIVE = /^\s*(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{]|%|.%|#)/i;

const KEYWORDS = ['section', 'section Pay', '%%', '%%{init: {"theme":"dark"}}%%', 'title Hacked', 'accDescr {', 'accDescr: x', 'accTitle: x', 'journey', 'Journey', 'SECTION x', '5% off', '#tag', '  title  x', 'accdescr{'];

function withTexts(texts: string[]): Journey {
  const journey = sampleJourney();
  journey.notes = journey.notes.map((note, index) => ({ ...note, text: texts[index % texts.length] ?? note.text }));
  journey.stages = journey.stages.map((stage, index) => ({ ...stage, name: texts[(index + 1) % texts.length] ?? stage.name }));
  return journey;
}

describe('Mermaid export, hostile text', () => {
  it('no task or section text starts a directive', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...KEYWORDS), textArbitrary(3)).map(([start, rest]) => `${start} ${rest}`), { minLength: 1, maxLength: 6 }), (texts) => {
        const lines = journeyMermaid(withTexts(texts)).split('\n').slice(2, -1);
        for (const line of lines) {
          const body = line.replace(/^\s*section /, '');
          expect(body, line).not.toMatch(DIRECTIVE);
          expect(line).not.toContain('%');
        }
      }),
    );
  });

  it('keeps the task count and the title', () => {
    const diagram = journeyMermaid(withTexts(KEYWORDS));
    expect(diagram.split('\n').filter((line) => /^\s*title\s/i.test(line)).length).toBe(1);
    expect(diagram.split('\n').filter((line) => line.startsWith('    ')).length).toBe(sampleJourney().notes.filter((note) => note.laneId === sampleJourney().lanes.find((lane) => lane.kind === 'touchpoints')?.id).length);
  });
});

describe('Markdown report, hostile ids', () => {
  const coffee = readFileSync(join(import.meta.dirname, '../fixtures/board-handmade-coffee.json'), 'utf8');

  it('escapes item ids and texts as board text (reports name items by their text)', () => {
    const parsed = parseSnapshotText(coffee);
    if (!parsed.ok) throw new Error(parsed.error);
    const hostile = ['<img src=x onerror=alert(1)>', '[click me](javascript:alert(1))', '*bold*_x_', '&lt;b&gt;'];
    let index = 0;
    const renamed = new Map<string, string>();
    for (const item of parsed.snapshot.items) {
      if (item.type !== 'sticky_note') continue;
      const id = `${hostile[index % hostile.length]}#${index++}`;
      renamed.set(item.id, id);
      item.id = id;
      item.content = `<p>${id.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;
    }
    const report = gapCheck(parsed.snapshot, { today: '2026-01-01' });
    if (!report.ok) throw new Error(report.message);
    const markdown = reportMarkdown(report);
    expect(markdown).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(|(?<!\\)\*bold|(?<!\\)&lt;/);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});
