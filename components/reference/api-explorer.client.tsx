'use client';

import { BASE_PATH } from '@/components/base-path';
import dynamic from 'next/dynamic';

const SwaggerExplorer = dynamic(() => import('./swagger-explorer.client'), {
  ssr: false,
  loading: () => <p className="muted" aria-live="polite">Loading the explorer…</p>,
});

/** Swagger UI is large: it loads only on the explorer page, after the page itself. */
export function ApiExplorer({ specUrl }: { specUrl: string }) {
  return (
    <div className="api-explorer">
      <noscript>The explorer needs JavaScript. Every operation also has its own page, readable without it.</noscript>
      <SwaggerExplorer url={`${BASE_PATH}${specUrl}`} />
    </div>
  );
}
