import fs from 'node:fs';
import path from 'node:path';
import { startStaticServer } from '../lib/serve/start-static-server';
import { startDemoApi } from '../lib/demo-api/start-demo-api';
import { DEMO_API_PORT, NO_CORS_API_PORT, PORTAL_PORT, SUBPATH_DIR, SUBPATH_PORT } from './servers';

/** Serves the built portal (and its sub-path build) like a static host, plus the demo API with and without CORS. */
export default async function globalSetup() {
  const root = path.resolve(import.meta.dirname, '..');
  for (const dir of ['out', SUBPATH_DIR]) {
    if (!fs.existsSync(path.join(root, dir, 'index.html'))) {
      throw new Error(`${dir}/ has no built portal: run \`npm run build\` (and \`npm run build:subpath\`) before the e2e tests, or run \`npm test\`.`);
    }
  }
  const servers = await Promise.all([
    startStaticServer({ dir: path.join(root, 'out'), port: PORTAL_PORT }),
    startStaticServer({ dir: path.join(root, SUBPATH_DIR), port: SUBPATH_PORT, basePath: '/sub' }),
    startDemoApi({ port: DEMO_API_PORT, cors: true }),
    startDemoApi({ port: NO_CORS_API_PORT, cors: false }),
  ]);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
