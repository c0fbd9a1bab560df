import os from 'node:os';

/** Static export: `npm run build` writes a self-contained site to `out/`. */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

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
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};

export default nextConfig;
