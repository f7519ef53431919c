// SVG text does not wrap: the demo wraps board text itself, by an estimate of
// character width, and shrinks the font until the text fits its item.
import { maxOf } from '../model/arrays.ts';

/** Average glyph width as a share of the font size (Open Sans-like fonts). */
export const CHAR_WIDTH = 0.55;
export const LINE_HEIGHT = 1.25;

/** Words of `text` in lines of at most `maxChars` characters; longer words are cut. */
export function wrapLine(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    let rest = word;
    while (rest.length > limit) {
      if (current !== '') lines.push(current);
      lines.push(rest.slice(0, limit));
      current = '';
      rest = rest.slice(limit);
    }
    if (current === '') current = rest;
    else if (current.length + 1 + rest.length <= limit) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

export function wrapText(lines: readonly string[], maxChars: number): string[] {
  return lines.flatMap((line) => wrapLine(line, maxChars));
}

export interface FitOptions {
  width: number;
  height: number;
  maxFontSize: number;
  minFontSize: number;
}

export interface FittedText {
  fontSize: number;
  lines: string[];
  /** Lines were dropped because even the smallest font did not fit. */
  truncated: boolean;
}

/** The largest font size (stepping down by 10 %) at which the wrapped text fits the box, words whole if possible. */
export function fitText(lines: readonly string[], options: FitOptions): FittedText {
  const { width, height, maxFontSize, minFontSize } = options;
  let fontSize = maxFontSize;
  const longestWord = maxOf(lines.flatMap((line) => line.split(/\s+/)).map((word) => word.length), 0);
  for (;;) {
    const maxChars = width / (fontSize * CHAR_WIDTH);
    const wrapped = wrapText(lines, maxChars);
    const room = Math.floor(height / (fontSize * LINE_HEIGHT));
    const smaller = fontSize * 0.9;
    // Cutting a word is the last resort: first try a smaller font.
    const wordsWhole = longestWord <= Math.max(1, Math.floor(maxChars)) || smaller < minFontSize;
    if (wrapped.length <= room && wordsWhole) return { fontSize, lines: wrapped, truncated: false };
    if (smaller < minFontSize) {
      const kept = wrapped.slice(0, Math.max(1, room));
      const last = kept.length - 1;
      kept[last] = `${(kept[last] ?? '').slice(0, -1)}…`;
      return { fontSize, lines: kept, truncated: true };
    }
    fontSize = smaller;
  }
}
