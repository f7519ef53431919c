// How tall a text item is: computed by the board, never set by the app.
/**
 * docs/miro-board.md "Geometry": a text's height is computed from its content and font
 * size, and read-only. Miro's formula is unverified: this estimate of the
 * wrapped height is this board's own, so no code may predict it.
 */
export function textHeight({ content, width, fontSize }: { content: unknown; width: number; fontSize: unknown }): number {
  const size = typeof fontSize === 'number' && fontSize > 0 ? fontSize : 14;
  const length = typeof content === 'string' ? content.length : 0;
  const lines = Math.max(1, Math.ceil((length * size * 0.55) / Math.max(width, 1)));
  return Math.round(lines * size * 1.4);
}
