import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestHandler } from './create-request-handler';
import { DEFAULT_SPEC_PATH, loadSpec } from './load-spec';
import type { DemoApi, DemoApiOptions } from './types';

export const DEFAULT_DEMO_API_PORT = 4010;

/**
 * Starts the Bookshelf demo API: the spec's operations, served for real from memory, so
 * that the portal's try-it console has something to talk to.
 *
 * @example
 * const api = await startDemoApi({ port: 0 });
 * await fetch(`${api.url}/books?limit=2`);
 * await api.close();
 */
export async function startDemoApi(options: DemoApiOptions = {}): Promise<DemoApi> {
  const { port = DEFAULT_DEMO_API_PORT, host = '127.0.0.1', cors = true, specPath = DEFAULT_SPEC_PATH, limits } = options;
  const doc = await loadSpec(specPath);
  const server = createServer(createRequestHandler(doc, { cors, limits }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (browsers, fetch) would otherwise hold `close` open.
        server.closeAllConnections();
      }),
  };
}
