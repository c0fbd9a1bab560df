import { describe, expect, it } from 'vitest';
import { parsePortalConfig, resolveApiEntries, versionsOf } from './portal-config';
import { ContentError } from './content-error';

const file = '/site/portal.config.json';

function errorOf(text: string): ContentError {
  try {
    parsePortalConfig(text, file);
  } catch (error) {
    return error as ContentError;
  }
  throw new Error('expected the config to be rejected');
}

describe('parsePortalConfig', () => {
  it('accepts the documented shape', () => {
    const config = parsePortalConfig(
      JSON.stringify({ title: 'Docs', apis: [{ id: 'bookshelf', spec: 'openapi/bookshelf.yaml', title: 'Bookshelf API' }] }),
      file,
    );
    expect(config.apis[0].id).toBe('bookshelf');
  });

  it('takes tryIt.mock as a boolean and names it when it is not one', () => {
    const config = parsePortalConfig(JSON.stringify({ title: 'Docs', tryIt: { mock: true } }), file);
    expect(config.tryIt?.mock).toBe(true);
    expect(errorOf(JSON.stringify({ title: 'Docs', tryIt: { mock: 'yes' } })).field).toBe('tryIt.mock');
  });

  it('names the file and the field of a wrong type', () => {
    const error = errorOf(JSON.stringify({ title: 42 }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain(file);
    expect(error.field).toBe('title');
  });

  it('names a nested field by its path', () => {
    const error = errorOf(JSON.stringify({ title: 'x', apis: [{ id: 'Bad Id', spec: 'a.yaml' }] }));
    expect(error.field).toBe('apis[0].id');
    expect(error.message).toMatch(/lowercase/);
  });

  it('rejects unknown keys so typos do not pass silently', () => {
    const error = errorOf(JSON.stringify({ title: 'x', tilte: 'y' }));
    expect(error.message).toMatch(/tilte/);
  });

  it('rejects duplicate API ids', () => {
    const error = errorOf(JSON.stringify({ title: 'x', apis: [{ id: 'a', spec: '1.yaml' }, { id: 'a', spec: '2.yaml' }] }));
    expect(error.field).toBe('apis[1].id');
  });

  it('takes APIs with one group as its versions, each with its own label', () => {
    const apis = [
      { id: 'pets-v3', spec: 'v3.yaml', group: 'pets', version: 'v3' },
      { id: 'orders', spec: 'orders.yaml' },
      { id: 'pets-v2', spec: 'v2.yaml', group: 'pets', version: 'v2' },
    ];
    const entries = resolveApiEntries(parsePortalConfig(JSON.stringify({ title: 'Docs', apis }), file), '/site');
    expect(versionsOf(entries, 'pets-v2').map((api) => api.id)).toEqual(['pets-v3', 'pets-v2']);
    expect(versionsOf(entries, 'orders').map((api) => api.id)).toEqual(['orders']);
    expect(versionsOf(entries, 'nope')).toEqual([]);
  });

  it('asks for a version label with a group, a group with a label, and distinct labels', () => {
    const api = { id: 'a', spec: 'a.yaml' };
    expect(errorOf(JSON.stringify({ title: 'D', apis: [{ ...api, group: 'g' }] })).field).toBe('apis[0].version');
    expect(errorOf(JSON.stringify({ title: 'D', apis: [{ ...api, version: 'v1' }] })).field).toBe('apis[0].group');
    const twice = errorOf(JSON.stringify({ title: 'D', apis: [{ ...api, group: 'g', version: 'v1' }, { id: 'b', spec: 'b.yaml', group: 'g', version: 'v1' }] }));
    expect(twice.field).toBe('apis[1].version');
    expect(twice.message).toContain('"v1" is already a version of group "g"');
  });

  it('reports JSON syntax errors with the file', () => {
    expect(errorOf('{ "title": ').message).toMatch(/portal\.config\.json: is not valid JSON/);
  });
});

describe('resolveApiEntries', () => {
  it('makes relative spec paths absolute and defaults the title to the id', () => {
    const config = parsePortalConfig(JSON.stringify({ title: 'x', apis: [{ id: 'a', spec: 'openapi/a.yaml' }, { id: 'b', spec: '/abs/b.json' }] }), file);
    const [a, b] = resolveApiEntries(config, '/site');
    expect(a).toMatchObject({ title: 'a', specPath: '/site/openapi/a.yaml' });
    expect(b.specPath).toBe('/abs/b.json');
  });
});

describe('publishing keys', () => {
  it('accepts siteUrl, socialImage and language, and defaults the language to en', () => {
    const config = parsePortalConfig(JSON.stringify({ title: 'T', siteUrl: 'https://docs.example.com', socialImage: '/social.png' }), 'portal.config.json');
    expect(config).toMatchObject({ siteUrl: 'https://docs.example.com', socialImage: '/social.png', language: 'en' });
  });

  it('refuses a siteUrl that is not http(s) and a protocol-relative image', () => {
    expect(() => parsePortalConfig(JSON.stringify({ title: 'T', siteUrl: 'javascript:alert(1)' }), 'c.json')).toThrow(/siteUrl/);
    expect(() => parsePortalConfig(JSON.stringify({ title: 'T', socialImage: '//evil.example/x.png' }), 'c.json')).toThrow(/socialImage/);
  });

  it('takes publish.operationTwins as a boolean and names the field when it is not one', () => {
    expect(parsePortalConfig(JSON.stringify({ title: 'T', publish: { operationTwins: false } }), 'c.json').publish).toEqual({ operationTwins: false });
    expect(parsePortalConfig(JSON.stringify({ title: 'T', publish: {} }), 'c.json').publish).toEqual({ operationTwins: true });
    expect(() => parsePortalConfig(JSON.stringify({ title: 'T', publish: { operationTwins: 'no' } }), 'c.json')).toThrow(
      /field "publish\.operationTwins" must be true or false/,
    );
    expect(() => parsePortalConfig(JSON.stringify({ title: 'T', publish: { twins: false } }), 'c.json')).toThrow(/publish/);
  });
});
