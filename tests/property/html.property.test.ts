// Board text in and out (src/model/html.ts): whatever a person types comes
// back literally (markup stays text), and no board content makes it throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToLines, htmlToText, textToHtml } from '../../src/model/html.ts';
import { PROPERTY_RUNS } from './runs.ts';

/** Text rich in what HTML treats specially. */
const markupish = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', ';', '#', '/', '"', "'", '=', ' ', '\n', 'a', 'p', 'b', 'r', 'x', '1', 'lt', 'amp', 'script', '😍', '\u00a0'),
    fc.string({ unit: 'grapheme', maxLength: 2 }),
  ),
  maxLength: 60,
});

/** What the readback promises to keep: each line with its whitespace runs collapsed, blank lines dropped. */
function normalised(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

describe('board text round trip', { timeout: 60_000 }, () => {
  it('htmlToText(textToHtml(text)) gives the text back literally', () => {
    fc.assert(
      fc.property(markupish, (text) => {
        expect(htmlToText(textToHtml(text))).toBe(normalised(text));
      }),
      { numRuns: PROPERTY_RUNS.htmlText },
    );
  });

  it('reads any content, however broken, into lines without markup breaks', () => {
    fc.assert(
      fc.property(fc.oneof(markupish, fc.string({ unit: 'binary', maxLength: 200 })), (html) => {
        const lines = htmlToLines(html);
        for (const line of lines) {
          expect(line).not.toContain('\n');
          expect(line).toBe(line.trim());
        }
      }),
      { numRuns: PROPERTY_RUNS.htmlAnyInput },
    );
  });
});
