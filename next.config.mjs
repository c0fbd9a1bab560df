import os from 'node:os';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/** Static export: `npm run build` writes a self-contained site to `out/`. */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

// swagger-client (the explorer's engine) needs the side effects of ApiDOM's refractor/registration
// modules, which attach `refract` to each element class. Turbopack's production tree shaking drops
// them from the ES builds (vercel/next.js#86507, swagger-api/swagger-ui#10599: "refract is not a
// function"), so the explorer is built against ApiDOM's CommonJS builds, which are kept whole.
const APIDOM_PACKAGES = ['apidom-core', 'apidom-ns-json-schema-2019-09', 'apidom-ns-json-schema-2020-12', 'apidom-ns-json-schema-draft-4', 'apidom-ns-json-schema-draft-6', 'apidom-ns-json-schema-draft-7', 'apidom-ns-openapi-2', 'apidom-ns-openapi-3-0', 'apidom-ns-openapi-3-1', 'apidom-ns-openapi-3-2', 'apidom-reference'];
const apidomCommonJs = Object.fromEntries(APIDOM_PACKAGES.map((name) => [`@swagger-api/${name}`, `./node_modules/@swagger-api/${name}/src/index.cjs`]));

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // With `output: 'export'` distDir names the export folder (default out/); e2e builds the sub-path variant elsewhere.
  distDir: process.env.PORTICO_OUT_DIR || undefined,
  basePath: basePath || undefined,
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` typechecks once with tsc; doing it again inside every build cost ~45s.
  typescript: { ignoreBuildErrors: true },
  // The build cache only pays off across repeated local builds; CI and bench build once.
  // Next defaults to one page-generation worker per core minus one (one worker on 2 cores);
  // rendering pages is the long part of a big spec's build, so use every core.
  experimental: { turbopackFileSystemCacheForBuild: false, cpus: Math.max(1, os.availableParallelism()) },
  // A worker that renders no page for this long is restarted (default 60 s). Big specs (GitHub's:
  // 1,223 operations, pages up to ~700 KB) on a loaded 2-core machine come close to that.
  staticPageGenerationTimeout: 300,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  turbopack: { resolveAlias: apidomCommonJs },
};

/**
 * `next dev` also serves what `npm run build` writes after the export (Markdown twins, llms.txt,
 * llms-full.txt, robots.txt, sitemap.xml) through proxy.dev.ts. `.dev.ts` files count in the dev
 * server only, and a proxy cannot run with `output: 'export'`, so the dev server leaves that out;
 * `npm run build` still checks every export rule.
 */
function devConfig(config) {
  const { output, ...rest } = config;
  return output === 'export' ? { ...rest, pageExtensions: ['dev.ts', 'tsx', 'ts', 'jsx', 'js'] } : config;
}

const configFor = (phase) => (phase === PHASE_DEVELOPMENT_SERVER ? devConfig(nextConfig) : nextConfig);
export default configFor;
