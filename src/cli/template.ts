// Placeholder until the command is built: it says so and fails.
import type { CliCommand } from './io.ts';

export const templateCommand: CliCommand = {
  summary: '(not built yet)',
  usage: 'journey-map template: not built yet\n',
  run: async (_args, io) => {
    io.stderr('journey-map template: not built yet\n');
    return 2;
  },
};
