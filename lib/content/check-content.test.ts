import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './check-content';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'broken-links');
let copy = '';
afterEach(() => copy && fs.rmSync(copy, { recursive: true, force: true }));

describe('checkContent on guides', () => {
  it('stops the build on broken links, anchors and images with file:line:column and a hint', async () => {
    const report = await checkContent(FIXTURE);
    const index = path.join(FIXTURE, 'docs', 'index.mdx');
    const webhooks = path.join(FIXTURE, 'docs', 'guides', 'webhooks.mdx');
    expect([...report.fatal].sort()).toEqual([
      `${webhooks}:7:5: broken link "/docs/#intro": no heading "#intro" on /docs/`,
      `${webhooks}:7:35: broken image "./flow.png": no file docs/guides/flow.png in the content folder`,
      `${index}:7:9: broken link "operation:bookshelf/listBook": API "bookshelf" has no operation "listBook" (did you mean operation:bookshelf/listBooks?)`,
    ].sort());
  }, 60_000);

  it('prints them as warnings with "links": { "onBroken": "warn" }, and fails a strict build on MDX that does not compile', async () => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-links-'));
    fs.cpSync(FIXTURE, copy, { recursive: true });
    const config = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'portal.config.json'), 'utf8'));
    config.apis[0].spec = path.resolve(FIXTURE, config.apis[0].spec);
    fs.writeFileSync(path.join(copy, 'portal.config.json'), JSON.stringify({ ...config, links: { onBroken: 'warn' } }));
    fs.writeFileSync(path.join(copy, 'docs', 'bad.mdx'), '---\ntitle: Bad\n---\n\nText\n\n<Callout>\n');
    const report = await checkContent(copy);
    expect([...report.fatal].sort()).toEqual([]);
    expect(report.notices.filter((notice) => notice.includes('broken '))).toHaveLength(3);
    expect(report.errors).toEqual([expect.stringMatching(/bad\.mdx:7:\d+: .*Callout/)]);
  }, 60_000);
});
