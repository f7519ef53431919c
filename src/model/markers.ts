// Text markers the layout writes and the readback recognises.

/**
 * A note marked as a moment of truth carries a Miro tag with this exact title
 * (a tag, not a text prefix, so the note's text stays the note's own and the
 * valence emoji stays first).
 */
export const MOMENT_OF_TRUTH_TAG = 'moment of truth';

/** Prefixes of the tag titles holding a note's channel, owner and evidence: `channel: email`. */
export const TAG_PREFIXES = { channel: 'channel: ', owner: 'owner: ', evidence: 'evidence: ' } as const;

/** A future-map opportunity tagged `addresses: <pain point>` answers that pain point (the comparison counts it addressed). */
export const ADDRESSES_TAG_PREFIX = 'addresses:';
