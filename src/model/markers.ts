// Text markers the layout writes and the readback recognises.

/**
 * A note marked as a moment of truth carries a Miro tag with this exact title,
 * and its text ends with the star marker, so the mark is visible on the board
 * (tags are small). Either one marks it on readback; the valence emoji stays first.
 */
export const MOMENT_OF_TRUTH_TAG = 'moment of truth';
export const MOMENT_OF_TRUTH_MARKER = '⭐';

/** What the legend says about the marker. */
export const MOMENT_OF_TRUTH_LEGEND = `${MOMENT_OF_TRUTH_MARKER} marks a moment of truth`;

/** The text with the moment-of-truth marker at its end (once). */
export function withMomentMarker(text: string): string {
  return readMomentMarker(text).marked ? text : `${text.trimEnd()} ${MOMENT_OF_TRUTH_MARKER}`;
}

/** Whether the text ends with the marker, and the text without it. The variation selector is optional ("⭐" or "⭐️"). */
export function readMomentMarker(text: string): { marked: boolean; rest: string } {
  const match = /\s*\u2b50\ufe0f?\s*$/u.exec(text);
  return match === null ? { marked: false, rest: text } : { marked: true, rest: text.slice(0, match.index) };
}

/** Prefixes of the tag titles holding a note's channel, owner and evidence: `channel: email`. */
export const TAG_PREFIXES = { channel: 'channel: ', owner: 'owner: ', evidence: 'evidence: ' } as const;

/** A future-map opportunity tagged `addresses: <pain point>` answers that pain point (the comparison counts it addressed). */
export const ADDRESSES_TAG_PREFIX = 'addresses:';
