// `journey-map`: the command line over the same functions as the panel.
// Each command lives in its own file and is loaded only when asked for.
import { pathToFileURL } from 'node:url';
import { UsageError, type CliCommand, type CliIO, type ExitCode } from './io.ts';
import { nodeIO } from './node-io.ts';

const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  template: async () => (await import('./template.ts')).templateCommand,
  check: async () => (await import('./check.ts')).checkCommand,
  recolor: async () => (await import('./recolor.ts')).recolorCommand,
  export: async () => (await import('./export.ts')).exportCommand,
  pull: async () => (await import('./pull.ts')).pullCommand,
  datacheck: async () => (await import('./datacheck.ts')).datacheckCommand,
  compare: async () => (await import('./compare.ts')).compareCommand,
};

export async function main(argv: string[], io: CliIO = nodeIO): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await overview());
    return name === undefined ? 2 : 0;
  }
  // Own keys only: `journey-map __proto__` or `constructor` must not find Object.prototype's members.
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    io.stderr(`journey-map: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See journey-map --help.\n`);
    return 2;
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // Bad input and unexpected failures alike end in one line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`journey-map ${name}: ${error instanceof UsageError ? '' : 'failed: '}${message}\n`);
    return 2;
  }
}

async function overview(): Promise<string> {
  const lines = await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => `  ${name.padEnd(9)} ${(await load()).summary}`));
  return ['Usage: journey-map <command> [options]', '', 'Commands:', ...lines, '', 'Run journey-map <command> --help for its options.', ''].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
