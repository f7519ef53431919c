// The demo tells people when their browser cannot draw the emotion markers:
// a canvas probe looks for a coloured pixel in a drawn emoji.
import { describe, expect, it } from 'vitest';
import { canDrawColourEmoji } from '../../src/demo/emoji.ts';

/** A document whose canvas draws `pixel` (RGBA) everywhere the text goes, or has no 2D context. */
function documentDrawing(pixel: [number, number, number, number] | null): Document {
  const context =
    pixel === null
      ? null
      : {
          textBaseline: '',
          font: '',
          fillText: () => undefined,
          getImageData: (_x: number, _y: number, width: number, height: number) => ({ data: Uint8ClampedArray.from({ length: width * height * 4 }, (_, index) => pixel[index % 4] ?? 0) }),
        };
  return { createElement: () => ({ width: 0, height: 0, getContext: () => context }) } as unknown as Document;
}

describe('canDrawColourEmoji', () => {
  it('is true when the drawn emoji has colour', () => {
    expect(canDrawColourEmoji(documentDrawing([250, 200, 40, 255]))).toBe(true);
  });

  it('is false when it comes out black or grey (an outline font or an empty box)', () => {
    expect(canDrawColourEmoji(documentDrawing([0, 0, 0, 255]))).toBe(false);
    expect(canDrawColourEmoji(documentDrawing([90, 90, 100, 255]))).toBe(false);
    expect(canDrawColourEmoji(documentDrawing([0, 0, 0, 0]))).toBe(false);
  });

  it('says nothing (true) when there is no canvas to ask', () => {
    expect(canDrawColourEmoji(documentDrawing(null))).toBe(true);
  });
});
