// Board content in and out: text goes in escaped, comes out with tags
// stripped and entities decoded, never interpreted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToLines, htmlToText, textToHtml } from '../../src/model/html.ts';

/** What a board shows of a text: each line's whitespace collapsed, blank lines gone. */
function normalise(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

describe('textToHtml → htmlToText', () => {
  it('gives back the whitespace-normalised text for any string (property)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", ';', '#', 'amp', 'lt', '\n', ' ', '\t', '/', 'p'), fc.string({ maxLength: 1, unit: 'grapheme' })), maxLength: 60 });
    fc.assert(
      fc.property(text, (value) => {
        const trimmed = value.replace(/^\n+|\n+$/g, '');
        expect(htmlToText(textToHtml(trimmed))).toBe(normalise(trimmed));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps text that looks like HTML or entities literally', () => {
    expect(htmlToText(textToHtml('<script>alert(1)</script>'))).toBe('<script>alert(1)</script>');
    expect(htmlToText(textToHtml('a &amp; b &lt;'))).toBe('a &amp; b &lt;');
    expect(textToHtml('Tom & Jerry <3\nline two')).toBe('<p>Tom &amp; Jerry &lt;3</p><p>line two</p>');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
  });
});

describe('htmlToText', () => {
  it('decodes named, decimal and hex entities; leaves unknown or invalid ones as written', () => {
    expect(htmlToText('<p>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#39;f&#39; &#x27;g&#x27; &#X1F600;</p>')).toBe(`a & b <c> "d" 'e' 'f' 'g' 😀`);
    expect(htmlToText('<p>&bogus; &#0; &#x110000; &AMP;</p>')).toBe('&bogus; &#0; &#x110000; &');
    expect(htmlToText('<p>non&nbsp;breaking</p>')).toBe('non breaking');
  });

  it('drops tags but keeps their text: a script on the board is only text', () => {
    expect(htmlToText('<p><script>alert(1)</script></p>')).toBe('alert(1)');
    expect(htmlToText('<p><strong>Bold</strong> and <a href="https://x">link</a></p>')).toBe('Bold and link');
  });

  it('ends lines at </p>, <br>, </div>, </li>, </h1-6>', () => {
    expect(htmlToLines('<p>one</p><p>two<br>three<br/>four</p><div>five</div><ul><li>six</li></ul><h2>seven</h2>')).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven']);
    expect(htmlToText('<p></p><p>  spaced   out  </p><p><br></p>')).toBe('spaced out');
    expect(htmlToText('plain text, no tags')).toBe('plain text, no tags');
  });
});
