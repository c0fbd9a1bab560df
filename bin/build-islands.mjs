// Bundles the plain islands of islands-only pages (components/islands, see
// lib/static-html/islands-only.ts) into <outDir>/_portico/ with esbuild: one small entry module,
// and chunks that load on demand (React with the console and the search dialog). Next bundles
// the same modules for the pages it hydrates; this bundle is for the pages it no longer does.
import path from 'node:path';
import fs from 'node:fs';
import { build } from 'esbuild';

const FOLDER = '_portico';
const ENTRY = 'components/islands/islands-entry.ts';

/** Returns the entry module's URL, under `basePath`. */
export async function buildIslands({ root, outDir, basePath }) {
  const outdir = path.join(outDir, FOLDER);
  fs.rmSync(outdir, { recursive: true, force: true });
  const common = {
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir,
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
    tsconfig: path.join(root, 'tsconfig.json'),
    jsx: 'automatic',
    // httpsnippet (the console's snippets) imports Node's `url`; Next gives browser bundles this build of it.
    alias: { url: 'next/dist/compiled/native-url' },
    define: { 'process.env.NODE_ENV': '"production"', 'process.env.NEXT_PUBLIC_BASE_PATH': JSON.stringify(basePath) },
  };
  // The search worker first, so that its hashed name can replace the source file that
  // `new Worker(new URL('./search.worker.ts', import.meta.url))` names for Next's bundler.
  const worker = await build({ ...common, entryPoints: { 'search-worker': 'components/search/search.worker.ts' }, entryNames: '[name]-[hash]' });
  const workerFile = path.basename(Object.keys(worker.metafile.outputs).find((file) => file.endsWith('.js')));
  const workerUrl = {
    name: 'search-worker-url',
    setup(builder) {
      builder.onLoad({ filter: /components[\\/]search[\\/]load-search-index\.ts$/ }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        if (!source.includes("'./search.worker.ts'")) throw new Error(`${args.path} no longer names './search.worker.ts': update bin/build-islands.mjs`);
        return { contents: source.replace("'./search.worker.ts'", JSON.stringify(`./${workerFile}`)), loader: 'ts' };
      });
    },
  };
  const islands = await build({
    ...common,
    entryPoints: { islands: ENTRY },
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    splitting: true,
    plugins: [workerUrl],
  });
  // Chunks that load on demand are entry points too: pick the page's own.
  const entry = Object.entries(islands.metafile.outputs).find(([, output]) => output.entryPoint === ENTRY)[0];
  return `${basePath}/${FOLDER}/${path.basename(entry)}`;
}
