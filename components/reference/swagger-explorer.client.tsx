'use client';

import SwaggerUI from 'swagger-ui-react';
import 'swagger-ui-react/swagger-ui.css';

/** Loaded through next/dynamic by ApiExplorer only. */
export default function SwaggerExplorer({ url }: { url: string }) {
  return <SwaggerUI url={url} docExpansion="list" deepLinking tryItOutEnabled={false} />;
}
