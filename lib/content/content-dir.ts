import path from 'node:path';

/** The content folder the portal is built from: `CONTENT_DIR`, else `./content`. */
export function getContentDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CONTENT_DIR?.trim();
  return configured ? path.resolve(configured) : path.resolve(process.cwd(), 'content');
}
