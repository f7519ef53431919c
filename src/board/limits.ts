// Miro's documented limits (docs/miro-board.md) that the app plans around and the
// in-memory board enforces: one home, so a change in Miro's reference is one edit.
/** "Under 6,000 characters": 5,999 is the most the board accepts. */
export const MAX_CONTENT_LENGTH = 5999;
/** docs/miro-board.md "Metadata and storage": 6 KB per item (likely shared by every app). */
export const MAX_ITEM_METADATA_BYTES = 6 * 1024;
/** docs/miro-board.md "Metadata and storage": 30 KB per app per board. */
export const MAX_APP_DATA_BYTES = 30 * 1024;
/** `storage.collection(name)`: each key's value, per board per app (docs/miro-board.md, metadata and storage). */
export const MAX_STORAGE_VALUE_BYTES = 64 * 1024;
export const MAX_TAGS_PER_ITEM = 8;
export const MAX_TAGS_PER_BOARD = 100;
export const MAX_TAG_TITLE_LENGTH = 120;
export const MIN_FRAME_SIDE = 100;
/** docs/miro-board.md "Rate limits": create, sync, remove, frame.add, metadata, select, storage. */
export const CREDITS_PER_CALL = 50;
/** docs/miro-board.md "Rate limits": `get`, `getSelection`, `frame.getChildren`, `getConnectors`. */
export const CREDITS_PER_READ = 500;
export const CREDITS_PER_MINUTE = 100_000;
export const CREDITS_PER_HOUR = 1_000_000;
