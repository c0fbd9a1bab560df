/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/**
 * One `portico <name>` command. Adding a command is one module exporting this
 * and one entry in `COMMANDS` (lib/cli/commands/index.ts).
 */
export interface Command {
  name: string;
  /** One line for `portico --help`. */
  summary: string;
  /** Full usage text for `portico <name> --help`. */
  usage: string;
  /** Resolves to the process exit code; reports bad input as text, never by throwing. */
  run(argv: string[], io: CliIo): Promise<number>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
}
