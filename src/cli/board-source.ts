// `--board ID`: the board read through Miro's REST API, with the token and API
// address from the environment. Every failure is one UsageError line (exit 2)
// that never holds the token.
import { errorMessage } from '../board/errors.ts';
import { RestError } from '../io/rest/client.ts';
import { pullBoard, type PulledBoard } from '../io/rest/read-board.ts';
import { UsageError, type CliIO } from './io.ts';

const DEFAULT_API_URL = 'https://api.miro.com';

/** MIRO_API_URL, checked; `redact` keeps the token out of the message should someone have pasted it there. */
function apiUrl(env: Readonly<Record<string, string | undefined>>, redact: (text: string) => string): string {
  const value = env.MIRO_API_URL?.trim() || DEFAULT_API_URL;
  const refuse = () => new UsageError(redact(`MIRO_API_URL: expected an http(s) address such as ${DEFAULT_API_URL}, got "${value}"`));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse();
  return value;
}

/** Reads board `boardId` into a snapshot; warnings name items read without a field or skipped. */
export async function pullFromEnvironment(boardId: string, io: CliIO): Promise<PulledBoard> {
  const env = io.env ?? {};
  const token = env.MIRO_ACCESS_TOKEN?.trim() ?? '';
  if (token === '') throw new UsageError('MIRO_ACCESS_TOKEN is not set: give it an access token with the boards:read scope (docs/real-boards.md)');
  // A header cannot carry anything else, and fetch's own complaint would quote the token.
  if (!/^[\x21-\x7e]+$/.test(token)) throw new UsageError('MIRO_ACCESS_TOKEN holds characters no token has (spaces, line breaks or non-ASCII): copy it again');
  const redact = (text: string) => text.split(token).join('[token]');
  const baseUrl = apiUrl(env, redact);
  try {
    return await pullBoard({ baseUrl, token, boardId });
  } catch (error) {
    // RestError messages are redacted already; anything else is redacted here, as the last line of defence.
    const message = redact(errorMessage(error));
    throw error instanceof RestError ? new UsageError(message) : new Error(message);
  }
}
