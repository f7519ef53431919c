// Board content is an HTML subset (docs/miro-board.md). User text goes in escaped and
// comes out as plain text: tags stripped, entities decoded, never parsed by a
// browser, so nothing written on a board can run in the app.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

const SINGLE_PARAGRAPH = /^<p>([^<>&]*)<\/p>$/;

/** Plain text lines of board HTML: `<p>`, `<br>`, `<li>`, `<div>` end a line; other tags vanish. */
export function htmlToLines(html: string): string[] {
  // Fast path for the common sticky, one plain paragraph: readback reads tens of thousands.
  const single = SINGLE_PARAGRAPH.exec(html);
  if (single !== null) {
    const line = (single[1] ?? '').replace(/\s+/g, ' ').trim();
    return line === '' ? [] : [line];
  }
  const withBreaks = html.replace(/<\s*br\s*\/?>/gi, '\n').replace(/<\s*\/\s*(p|div|li|h[1-6])\s*>/gi, '\n');
  // Only `<` followed by a letter, `/`, `!` or `?` starts a tag (as in a browser): "1 < 2 and 3 > 2" is text.
  const stripped = withBreaks.replace(/<[a-z/!?][^>]*>/gi, '');
  const decoded = stripped.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (entity, body: string) => decodeEntity(entity, body));
  return decoded
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The plain text of board HTML, its lines joined by newlines. */
export function htmlToText(html: string): string {
  return htmlToLines(html).join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Board HTML for plain text: each line a paragraph, every `& < >` escaped. */
export function textToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}
