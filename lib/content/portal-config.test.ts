import { describe, expect, it } from 'vitest';
import { parsePortalConfig, resolveApiEntries } from './portal-config';
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
