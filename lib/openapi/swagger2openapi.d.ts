// swagger2openapi ships no types; this covers the one call Portico makes.
declare module 'swagger2openapi' {
  interface ConvertOptions {
    patch?: boolean;
    warnOnly?: boolean;
    resolve?: boolean;
    direct?: boolean;
    text?: string;
  }
  export function convertObj(swagger: unknown, options: ConvertOptions): Promise<{ openapi: Record<string, unknown> }>;
}
