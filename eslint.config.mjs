import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  // lib/**/golden holds generated code samples (golden files): text to compare, not code of ours.
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'e2e/.out-sub/**', 'bench/.work/**', 'lib/**/golden/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // lib/ is framework-free: it runs in the CLI, the build and unit tests alike.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*'] }],
    },
  },
];

export default config;
