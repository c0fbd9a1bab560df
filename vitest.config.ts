import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'bin/**/*.test.ts', 'app/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
