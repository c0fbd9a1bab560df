import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropUnsafeUrls } from './drop-unsafe-urls';
import { loadApi } from './load-api';
import { normalizeModel } from './normalize-model';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', 'hostile', name);

describe('unsafe spec URLs', () => {
  it('are reported as unsafe-url errors with pointer and line, and the model still renders', async () => {
    const result = await loadApi(fixture('unsafe-urls.yaml'));
    const unsafe = result.problems.filter((p) => p.code === 'unsafe-url');
    expect(unsafe.map((p) => [p.pointer, p.line])).toEqual([
      ['/info/termsOfService', 6],
      ['/info/contact/url', 9],
      ['/info/license/url', 12],
      ['/info/x-logo/url', 14],
      ['/externalDocs/url', 16],
      ['/servers/0/url', 18],
      ['/servers/2/url', 20],
      ['/tags/0/externalDocs/url', 29],
      ['/paths/~1pets/servers/0/url', 33],
      ['/paths/~1pets/get/externalDocs/url', 37],
      ['/paths/~1pets/get/servers/0/url', 39],
      ['/components/schemas/Pet/externalDocs/url', 54],
      ['/components/securitySchemes/oauth/flows/authorizationCode/authorizationUrl', 65],
      ['/components/securitySchemes/oauth/flows/authorizationCode/tokenUrl', 66],
      ['/components/securitySchemes/oauth/flows/authorizationCode/refreshUrl', 67],
      ['/components/securitySchemes/oidc/openIdConnectUrl', 75],
    ]);
    for (const problem of unsafe) {
      expect(problem).toMatchObject({ severity: 'error', file: fixture('unsafe-urls.yaml'), hint: 'Use an https:// URL.' });
    }
    expect(unsafe[0].message).toBe('info.termsOfService "javascript:alert(document.domain)" is not a web address (scheme "javascript:"); the portal leaves it out');
    expect(unsafe[6].message).toContain('expanded to "javascript://api.example.com"');
    expect(result.model).toBeDefined();
  });

  it('are left out of the model; web and relative URLs stay', async () => {
    const m = (await loadApi(fixture('unsafe-urls.yaml'))).model!;
    expect(m.info.termsOfService).toBeUndefined();
    expect(m.info.contact).toEqual({ name: 'Support' });
    expect(m.info.license).toEqual({ name: 'MIT' });
    expect(m.servers.map((s) => s.url)).toEqual(['https://api.example.com/v1', '/relative']);
    expect(m.operations[0].servers).toBeUndefined();
    expect(m.tags[0].externalDocs).toBeUndefined();
    expect(m.schemas.Pet).not.toHaveProperty('externalDocs');
    expect(m.schemas.Pet).toMatchObject({ properties: { name: { externalDocs: { url: 'https://example.com/docs/name' } } } });
    expect(m.securitySchemes.oauth).toEqual({
      type: 'oauth2',
      flows: { authorizationCode: { scopes: { read: 'Read' } }, clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: {} } },
    });
    expect(m.securitySchemes.oidc).toEqual({ type: 'openIdConnect', openIdConnectUrl: '' });
    // Nothing unsafe anywhere in the model, whatever the field.
    expect(JSON.stringify(m)).not.toMatch(/(java\\?t?script|data|vbscript|file):/i);
  });

  it('keeps the downloadable bundle as the author wrote it', async () => {
    const result = await loadApi(fixture('unsafe-urls.yaml'));
    expect(result.bundled).toMatchObject({ info: { termsOfService: 'javascript:alert(document.domain)' } });
  });

  it('point at the 2.0 source of a converted OAuth flow', async () => {
    const result = await loadApi(fixture('unsafe-urls-2.0.yaml'));
    const unsafe = result.problems.filter((p) => p.code === 'unsafe-url');
    expect(unsafe.map((p) => [p.pointer, p.line])).toEqual([['/securityDefinitions/implicitAuth/authorizationUrl', 17]]);
    expect(result.model?.securitySchemes.implicitAuth).toEqual({ type: 'oauth2', flows: { implicit: { scopes: { read: 'Read' } } } });
  });

  it('treat an empty URL as a warning and leave a clean document alone', () => {
    const doc = { openapi: '3.1.0', info: { title: 't', version: '1', license: { name: 'MIT', url: '' } }, servers: [{ url: 'https://a.example' }] };
    expect(dropUnsafeUrls(doc)).toEqual([expect.objectContaining({ severity: 'warning', code: 'empty-url', pointer: '/info/license/url' })]);
    const clean = { openapi: '3.1.0', info: { title: 't', version: '1', contact: { url: 'https://a.example' } }, servers: [{ url: '/v1' }] };
    const before = structuredClone(clean);
    expect(dropUnsafeUrls(clean)).toEqual([]);
    expect(clean).toEqual(before);
  });
});

describe('normalizeModel', () => {
  it('reads URLs through the policy even when no pass removed them first', () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1', termsOfService: 'javascript:x', contact: { url: 'data:,x' } },
      servers: [{ url: 'vbscript:x' }],
      components: { securitySchemes: { o: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'javascript:x', scopes: {} } } }, d: { type: 'openIdConnect', openIdConnectUrl: 'javascript:x' } } },
    };
    const m = normalizeModel(doc, { source: '3.1.x', specVersion: '3.1.0' });
    expect(m.info).toEqual({ title: 't', version: '1', contact: {} });
    expect(m.servers).toEqual([{ url: '/', variables: {} }]);
    expect(m.securitySchemes).toEqual({ o: { type: 'oauth2', flows: { implicit: { scopes: {} } } }, d: { type: 'openIdConnect', openIdConnectUrl: '' } });
  });
});
