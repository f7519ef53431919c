// `journey-map pull --board ID [-o snapshot.json]`: a Miro board, read through
// the REST API, as a board snapshot file: what `check` and `export` read.
import { serializeSnapshot } from '../snapshot/snapshot.ts';
import { pullFromEnvironment } from './board-source.ts';
import { emit, UsageError, type CliCommand } from './io.ts';
import { parseSnapshotArgs } from './snapshot-args.ts';

const USAGE = `Usage: journey-map pull --board ID [-o snapshot.json]

Reads a Miro board through the REST API v2 and writes it as a board snapshot
(the file check, export and recolor read), to stdout or to -o file.
The board id is the part of the board's address after /board/.

Environment:
  MIRO_ACCESS_TOKEN  an access token with the boards:read scope (required; never printed)
  MIRO_API_URL       the API's address (default https://api.miro.com)

Exit 0, or 2 when the token is missing or refused, the board is not found,
the API cannot be reached or answers something unreadable.
`;

export const pullCommand: CliCommand = {
  summary: 'read a Miro board through the REST API into a snapshot file',
  usage: USAGE,
  run: async (args, io) => {
    const options = parseSnapshotArgs(args, { command: 'pull', allowed: ['--board', '-o', '--output'] });
    if (options.board === undefined) throw new UsageError(`pull reads a board, not a file: use --board ID (got "${options.input ?? ''}")`);
    const pulled = await pullFromEnvironment(options.board, io);
    await emit(serializeSnapshot(pulled.snapshot), { output: options.output, io });
    for (const warning of pulled.warnings) io.stderr(`journey-map pull: warning: ${warning}\n`);
    io.stderr(`journey-map pull: board ${options.board}: ${pulled.snapshot.items.length} items in ${pulled.requests} requests\n`);
    return 0;
  },
};
