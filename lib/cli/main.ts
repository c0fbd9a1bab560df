import { processIo, type CliIo, type Command } from './command';
import { COMMANDS } from './commands/index';

function help(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: portico <command> [options]\n\nCommands:\n${lines.join('\n')}\n  ${'help'.padEnd(width)}  Show this help, or a command's usage (portico help <command>)\n`;
}

/**
 * Runs `portico <argv>` and resolves to the exit code. Unexpected failures are
 * reported in one line on stderr, never as a stack trace.
 */
export async function main(argv: string[], io: CliIo = processIo(), commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? topic.usage : help(commands));
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`portico: unknown command "${name}"\n\n${help(commands)}`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`portico ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
