import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { LoadedApi } from '@/lib/content/load-api-models';
import { paramsOf } from '@/lib/site/page-registry';

vi.mock('server-only', () => ({}));
// The Bookshelf content of this repository: operations, webhooks and schemas.
vi.stubEnv('CONTENT_DIR', fileURLToPath(new URL('../../content', import.meta.url)));

const { getApi, getSite } = await import('./site-data');
const { operationParams, schemaParams, webhookParams } = await import('./static-params');
const { pageRegistryOf } = await import('@/lib/publish/write-publish-files');

async function registry() {
  const site = getSite();
  const apis = await Promise.all(site.apis.map((entry) => getApi(entry.id)));
  return pageRegistryOf(site, apis.filter((api): api is LoadedApi => Boolean(api)));
}

describe('static params', () => {
  it('are the pages the registry lists (the sitemap, llms.txt and the link check read the same list)', async () => {
    const pages = await registry();
    for (const [section, params] of [
      ['operation', await operationParams()],
      ['webhook', await webhookParams()],
      ['schema', await schemaParams()],
    ] as const) {
      expect(params.length, section).toBeGreaterThan(0);
      expect(params, section).toEqual(paramsOf(pages, section));
    }
  });
});
