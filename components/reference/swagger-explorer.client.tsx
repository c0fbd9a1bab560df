'use client';

import SwaggerUI from 'swagger-ui-react';
import 'swagger-ui-react/swagger-ui.css';

/** Swagger UI labels its server <select> with a plain span; screen readers need a name (axe select-name). */
function nameServerSelect() {
  document.querySelector('.swagger-ui select#servers')?.setAttribute('aria-label', 'Server');
}

/** Loaded through next/dynamic by ApiExplorer only. */
export default function SwaggerExplorer({ url }: { url: string }) {
  return <SwaggerUI url={url} docExpansion="list" deepLinking tryItOutEnabled={false} onComplete={nameServerSelect} />;
}
