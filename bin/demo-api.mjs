#!/usr/bin/env node
// Starts the Bookshelf demo API that the embedded portal's try-it console talks to.
// Usage: node bin/demo-api.mjs [--port 4010] [--host 127.0.0.1] [--no-cors] [--spec path.yaml]
// Environment: DEMO_API_PORT, DEMO_API_HOST (flags win).
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

register();
const { startDemoApi, DEFAULT_DEMO_API_PORT, DEMO_CREDENTIALS } = await import('../lib/demo-api/index.ts');

const usage = `Usage: demo-api [--port <n>] [--host <addr>] [--no-cors] [--spec <openapi.yaml>]

  --port     port to listen on (env DEMO_API_PORT; default ${DEFAULT_DEMO_API_PORT}; 0 picks a free one)
  --host     address to bind (env DEMO_API_HOST; default 127.0.0.1)
  --no-cors  send no CORS headers (browsers on other origins are then refused)
  --spec     the OpenAPI document to serve (default content/openapi/bookshelf.yaml)`;

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'no-cors': { type: 'boolean', default: false },
      spec: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  console.error(`demo-api: ${error.message}\n\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const portText = args.port ?? process.env.DEMO_API_PORT ?? String(DEFAULT_DEMO_API_PORT);
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`demo-api: the port must be a whole number from 0 to 65535, got "${portText}".`);
  process.exit(2);
}

try {
  const api = await startDemoApi({ port, host: args.host ?? process.env.DEMO_API_HOST ?? '127.0.0.1', cors: !args['no-cors'], specPath: args.spec });
  // One write, so that a parent process reading up to the URL also has the credentials line.
  console.log(
    `Demo API listening on ${api.url}${args['no-cors'] ? ' (CORS off)' : ''}\n` +
      `Credentials: X-API-Key: ${DEMO_CREDENTIALS.apiKey}  or  Authorization: Bearer ${DEMO_CREDENTIALS.bearerToken}`,
  );
  const stop = () => api.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const hint = error?.code === 'EADDRINUSE' ? ` Port ${port} is in use; pass --port <n> or set DEMO_API_PORT.` : '';
  console.error(`demo-api: cannot start: ${error?.message ?? error}.${hint}`);
  process.exit(1);
}
