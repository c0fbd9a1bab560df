#!/usr/bin/env node
// The `portico` command: registers tsx so the TypeScript in lib/ runs as is, then hands over to lib/cli/main.ts.
import { register } from 'tsx/esm/api';

// `portico check spec.yaml | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
