import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMdx } from '../mdx/compile-mdx';
import { loadApi } from '../openapi';
import { buildPageRegistry } from '../site/page-registry';
import { collectLinkTargets, contentFile, listContentAssets } from './collect-link-targets';
import type { Guide } from './guides';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(relative: string, text = 'x') {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe('content assets', () => {
  it('lists files next to guides and in public/, never guides, _meta.json, hidden files or symlinks out', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assets-'));
    const content = path.join(dir, 'content');
    write('outside.txt', 'secret');
    write('content/docs/a.mdx');
    write('content/docs/_meta.json', '{}');
    write('content/docs/guides/flow.png');
    write('content/docs/.env');
    write('content/public/logo.svg');
    write('content/public/.git/config');
    fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(content, 'public', 'leak.txt'));
    expect(listContentAssets(content).sort()).toEqual(['docs/guides/flow.png', 'public/logo.svg']);
    expect(contentFile(content, 'public/leak.txt')).toBeUndefined();
    expect(contentFile(content, 'docs/../../outside.txt')).toBeUndefined();
    expect(contentFile(content, 'docs/guides/flow.png')).toBe(path.join(fs.realpathSync(content), 'docs', 'guides', 'flow.png'));
  });
});

describe('guide anchors', () => {
  const guide = (slug: string[], docsPath: string, body: string): Guide => ({ slug, title: 'T', navTitle: 'T', hidden: false, docsPath, order: 0, file: `/c/docs/${docsPath}`, body, bodyLineOffset: 0 });

  it('knows ids written on JSX elements as well as headings, so links to them are not broken', async () => {
    const limits = guide(['limits'], 'limits.mdx', '## Rate limits\n\n<div id="limits">Quotas</div>\n\nInline <span id="burst">burst</span>.\n\n<Callout id={dynamic}>x</Callout>');
    const targets = collectLinkTargets('/nonexistent', [limits], new Map());
    expect([...targets.guides.get('/docs/limits/')!]).toEqual(['rate-limits', 'limits', 'burst']);
    const linking = await compileMdx('[a](./limits.mdx#limits) [b](/docs/limits/#burst) [c](#limits) [d](./limits.mdx#quotas)', 0, { targets, pageHref: '/docs/limits/', docsPath: 'other.mdx' });
    expect(linking.ok && linking.linkProblems.map((problem) => problem.message)).toEqual(['broken link "./limits.mdx#quotas": no heading "#quotas" on /docs/limits/']);
  });
});

describe('reference pages', () => {
  it('are the pages the registry lists for each API, so a guide can link to exactly what is built', async () => {
    const model = (await loadApi(fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url)))).model!;
    const targets = collectLinkTargets(os.tmpdir(), [], new Map([['bookshelf', model]]));
    const registry = buildPageRegistry({ title: 'P', guides: [], apis: [{ id: 'bookshelf', title: 'Bookshelf', model }] });
    const reference = registry.filter((page) => page.apiId === 'bookshelf').map((page) => page.href);
    expect([...targets.apis.get('bookshelf')!.pages].sort()).toEqual(reference.sort());
    expect(reference).toContain('/reference/bookshelf/webhooks/book-created/');
  });
});
