// Builds the fixture portal (e2e/fixtures/content: several APIs, including DigitalOcean's large
// spec, a Swagger 2.0 one, a hostile one and a broken one) for hosting under /sub (BASE_PATH)
// into e2e/.out-sub, so the e2e tests can check those APIs and that every link and asset
// respects the base path.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, 'e2e', '.out-sub');
const contentDir = path.join(root, 'e2e', 'fixtures', 'content');
const env = { ...process.env, CONTENT_DIR: contentDir, BASE_PATH: '/sub', NEXT_TELEMETRY_DISABLED: '1', PORTICO_OUT_DIR: path.relative(root, target) };
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'build.mjs')], { cwd: root, env, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
if (!fs.existsSync(path.join(target, 'index.html'))) {
  console.error(`build-subpath: expected the export in ${target}`);
  process.exit(1);
}
