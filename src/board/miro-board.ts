// The real SDK behind the app's board interface. Assigning `miro.board` to
// `BoardPort` is the compile-time proof that the port matches `@mirohq/websdk-types`.
import type { BoardPort } from './port.ts';

export function miroBoard(): BoardPort {
  return miro.board;
}
