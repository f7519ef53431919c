// What a CLI command may touch, passed in so tests run commands in-process.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
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
