// What a CLI command may touch, passed in so tests run commands in-process.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** The environment (MIRO_ACCESS_TOKEN, MIRO_API_URL for `--board`); none when left out. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A command's result: the process exit code. 0 ok, 1 findings of severity error, 2 bad input. */
export type ExitCode = 0 | 1 | 2;

export interface CliCommand {
  /** One line for `journey-map --help`. */
  summary: string;
  /** The command's own `--help` text. */
  usage: string;
  run(args: string[], io: CliIO): Promise<ExitCode>;
}

/** Bad input: the message is printed as one line, without a stack trace, and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The value after a flag (`--kind K`); a missing one, or another flag in its place, is a UsageError. */
export function valueAfter(args: readonly string[], { at, flag }: { at: number; flag: string }): string {
  const value = args[at + 1];
  if (value === undefined || value.startsWith('-')) throw new UsageError(`${flag} needs a value`);
  return value;
}

/** Writes a command's output to stdout, or to the `-o` file. */
export async function emit(text: string, { output, io }: { output: string | undefined; io: CliIO }): Promise<void> {
  if (output === undefined) io.stdout(text);
  else await io.writeFile(output, text);
}
