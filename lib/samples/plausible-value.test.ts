import { describe, expect, it } from 'vitest';
import { plausibleValue } from './plausible-value';
import { sampleFromSchema } from './sample-from-schema';

describe('plausibleValue', () => {
  it('reads formats before names', () => {
    expect(plausibleValue('created_at', { type: 'string', format: 'date-time' })).toBe('2024-05-14T09:30:00Z');
    expect(plausibleValue('birthday', { type: 'string', format: 'date' })).toBe('2024-05-14');
    expect(plausibleValue('contact', { type: 'string', format: 'email' })).toBe('jane@example.com');
    expect(plausibleValue('coverUrl', { type: 'string', format: 'uri' })).toBe('https://example.com/cover');
    // A format the table does not know is left to the sampler, whatever the name says.
    expect(plausibleValue('name', { type: 'string', format: 'uuid' })).toBeUndefined();
  });

  it('reads names, whole or by their last word', () => {
    expect(plausibleValue('email', { type: 'string' })).toBe('jane@example.com');
    expect(plausibleValue('name', { type: 'string' })).toBe('Jane Doe');
    expect(plausibleValue('authorName', { type: 'string' })).toBe('Jane Doe');
    expect(plausibleValue('url', { type: 'string' })).toBe('https://example.com');
    expect(plausibleValue('avatar_url', { type: 'string' })).toBe('https://example.com/avatar');
    expect(plausibleValue('id', { type: 'string' })).toBe('a1b2c3d4');
    expect(plausibleValue('bookId', { type: 'string' })).toBe('book_1a2b3c');
    expect(plausibleValue('owner_account_id', { type: 'string' })).toBe('account_1a2b3c');
    expect(plausibleValue('pages', { type: 'integer' })).toBe(320);
    expect(plausibleValue('limit', { type: 'integer' })).toBe(20);
    expect(plausibleValue('reviewCount', { type: 'integer' })).toBe(42);
    expect(plausibleValue('price', { type: 'number' })).toBe(19.99);
  });

  it('does not take a word ending for a name (paid, valid are not ids)', () => {
    expect(plausibleValue('paid', { type: 'string' })).toBeUndefined();
    expect(plausibleValue('valid', { type: 'string' })).toBeUndefined();
  });

  it('keeps integers inside their bounds and rounds them', () => {
    expect(plausibleValue('pages', { type: 'integer', minimum: 1, maximum: 100 })).toBe(100);
    expect(plausibleValue('rating', { type: 'integer', minimum: 1, maximum: 5 })).toBe(4);
    expect(plausibleValue('year', { type: 'integer', minimum: 2030 })).toBe(2030);
    expect(plausibleValue('price', { type: 'integer' })).toBe(20);
    expect(plausibleValue('limit', { type: 'integer', exclusiveMaximum: 10 })).toBe(9);
    // No name to go by: the middle of both bounds rather than the lower one.
    expect(plausibleValue('level', { type: 'integer', minimum: 0, maximum: 10 })).toBe(5);
    expect(plausibleValue('level', { type: 'integer', minimum: 0 })).toBeUndefined();
    expect(plausibleValue('pages', { type: 'integer', multipleOf: 7 })).toBeUndefined();
  });

  it('respects the schema own values, lengths and patterns', () => {
    expect(plausibleValue('name', { type: 'string', example: 'Ada' })).toBeUndefined();
    expect(plausibleValue('name', { type: 'string', enum: ['a'] })).toBeUndefined();
    expect(plausibleValue('name', { type: 'string', default: 'x' })).toBeUndefined();
    expect(plausibleValue('country', { type: 'string', maxLength: 1 })).toBeUndefined();
    expect(plausibleValue('id', { type: 'string', pattern: '^rv_[a-z0-9]{3,24}$' })).toBe('rv_1a2b3c');
    expect(plausibleValue('url', { type: 'string', format: 'uri', pattern: '^https://' })).toBe('https://example.com');
    expect(plausibleValue('url', { type: 'string', pattern: '^ftp://' })).toBeUndefined();
    expect(plausibleValue('name', { type: 'boolean' })).toBeUndefined();
  });
});

describe('sampleFromSchema with plausible values', () => {
  const refs = { schemas: {}, refTargets: {} };

  it('never shows the type name for named properties', () => {
    const schema = {
      type: 'object',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string', format: 'email' },
        subtitle: { type: 'string' },
        pages: { type: 'integer', minimum: 1 },
        created_at: { type: 'string', format: 'date-time' },
        website: { type: 'string', format: 'uri' },
      },
    };
    expect(sampleFromSchema(schema, refs, { kind: 'response' })).toEqual({
      id: 'a1b2c3d4',
      name: 'Jane Doe',
      email: 'jane@example.com',
      subtitle: 'A short subtitle',
      pages: 320,
      created_at: '2024-05-14T09:30:00Z',
      website: 'https://example.com',
    });
  });

  it('uses a parameter name for a scalar at the root', () => {
    expect(sampleFromSchema({ type: 'integer', minimum: 1, maximum: 100 }, refs, { kind: 'request', name: 'limit' })).toBe(20);
    expect(sampleFromSchema({ type: 'string' }, refs, { kind: 'request', name: 'cursor' })).toBe('eyJvZmZzZXQiOjIwfQ');
  });
});
