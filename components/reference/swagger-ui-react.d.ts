// swagger-ui-react ships no types; only the props the explorer passes are declared.
declare module 'swagger-ui-react' {
  import type { ComponentType } from 'react';
  const SwaggerUI: ComponentType<{ url?: string; docExpansion?: 'list' | 'full' | 'none'; deepLinking?: boolean; tryItOutEnabled?: boolean; onComplete?: () => void }>;
  export default SwaggerUI;
}
