// The peers `npm run bench -- --peers` measures beside Portico: Redocly's Redoc and Scalar, each as
// its standalone browser bundle in a static HTML page that fetches the same spec JSON. They are
// installed into bench/.work/peers (outside the project's dependencies, so they never reach a
// user's install) only when asked for. GitHub's spec (@octokit/openapi) is installed there too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const peersDir = path.join(root, 'bench', '.work', 'peers');
const modules = path.join(peersDir, 'node_modules');

const PACKAGES = {
  redoc: 'redoc/bundles/redoc.standalone.js',
  '@scalar/api-reference': '@scalar/api-reference/dist/browser/standalone.js',
  '@octokit/openapi': '@octokit/openapi/generated/api.github.com.json',
};

/** Installs the missing ones of `names` into bench/.work/peers with npm (no lockfile, no save). */
export function install(names) {
  const missing = names.filter((name) => !fs.existsSync(path.join(modules, PACKAGES[name])));
  if (missing.length === 0) return;
  fs.mkdirSync(peersDir, { recursive: true });
  const manifest = path.join(peersDir, 'package.json');
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "private": true }\n');
  console.log(`bench: npm install ${missing.join(' ')} into bench/.work/peers`);
  const npm = spawnSync('npm', ['install', '--prefix', peersDir, '--no-save', '--no-audit', '--no-fund', ...missing], { stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm install of ${missing.join(', ')} failed`);
}

/** `--spec github`: GitHub's REST description from @octokit/openapi (a devDependency; installed here when absent). */
export function githubSpec() {
  const dependency = path.join(root, 'node_modules', PACKAGES['@octokit/openapi']);
  if (fs.existsSync(dependency)) return dependency;
  install(['@octokit/openapi']);
  return path.join(modules, PACKAGES['@octokit/openapi']);
}

/** The tag, method, path and summary of `operationId` in an OpenAPI document. */
export function findOperation(spec, operationId) {
  for (const [p, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (op && typeof op === 'object' && op.operationId === operationId) return { operationId, method, path: p, tag: op.tags?.[0], summary: op.summary ?? operationId };
    }
  }
  throw new Error(`bench: operation ${operationId} not in the spec`);
}

/**
 * Deep links, as each peer builds its anchors (read from their bundles):
 * - Redoc 2.x: OperationModel id = parent tag id + "/operation/" + operationId, the tag id is
 *   "tag/" + the tag name (safe-slugified: spaces become dashes; GitHub's tags have none).
 * - Scalar 1.x: "tag/" + slug(tag name) + "/" + METHOD + path, the slug lower-cased with spaces
 *   as dashes (helper `HAe` in dist/browser/standalone.js); the hash is decoded before matching.
 */
export function deepLinks(op) {
  const slug = (s) => s.toLowerCase().replace(/ /g, '-');
  return {
    redoc: `#tag/${encodeURIComponent(op.tag.replace(/ /g, '-'))}/operation/${encodeURIComponent(op.operationId)}`,
    scalar: `#tag/${encodeURIComponent(slug(op.tag))}/${op.method.toUpperCase()}${encodeURI(op.path)}`,
  };
}

/** Writes bench/.work/peers-site/{redoc,scalar}.html, the bundles and spec.json; returns the folder. */
export function writePeerSite(specFile) {
  install(['redoc', '@scalar/api-reference']);
  const site = path.join(root, 'bench', '.work', 'peers-site');
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  // Peers get the same JSON as Portico reads (a YAML spec would need converting; not done).
  fs.copyFileSync(specFile, path.join(site, 'spec.json'));
  fs.copyFileSync(path.join(modules, PACKAGES.redoc), path.join(site, 'redoc.standalone.js'));
  fs.copyFileSync(path.join(modules, PACKAGES['@scalar/api-reference']), path.join(site, 'scalar.standalone.js'));
  const page = (title, body) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${body}</body></html>\n`;
  fs.writeFileSync(path.join(site, 'redoc.html'), page('Redoc', `<div id="redoc"></div><script src="redoc.standalone.js"></script><script>Redoc.init('spec.json', {}, document.getElementById('redoc'))</script>`));
  fs.writeFileSync(path.join(site, 'scalar.html'), page('Scalar', `<div id="app"></div><script src="scalar.standalone.js"></script><script>Scalar.createApiReference('#app', { url: 'spec.json' })</script>`));
  return site;
}
