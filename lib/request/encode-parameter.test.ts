import { describe, expect, it } from 'vitest';
import {
  encodeCookieParameter,
  encodeHeaderParameter,
  encodePathParameter,
  encodeQueryParameter,
  encodeValue,
  normalizeValue,
  type EncodeOptions,
  type NormalizedValue,
} from './encode-parameter';

const prim: NormalizedValue = { shape: 'primitive', value: '5' };
const arr: NormalizedValue = { shape: 'array', items: ['3', '4', '5'] };
const obj: NormalizedValue = { shape: 'object', entries: [['role', 'admin'], ['firstName', 'Alex']] };

function opts(style: string, explode: boolean, location: EncodeOptions['location'] = 'path'): EncodeOptions {
  return { location, name: 'id', style, explode, allowReserved: false };
}

function query(value: NormalizedValue, style: string, explode: boolean): string {
  return encodeQueryParameter(value, opts(style, explode, 'query'))
    .map((p) => `${p.name}=${p.value}`)
    .join('&');
}

describe('encodeValue', () => {
  it('encodes reserved characters, spaces and the sub-delims encodeURIComponent leaves alone', () => {
    expect(encodeValue("a b/c?d#e&f=g!'()*", false)).toBe('a%20b%2Fc%3Fd%23e%26f%3Dg%21%27%28%29%2A');
  });
  it('encodes unicode as UTF-8, including astral characters, and survives lone surrogates', () => {
    expect(encodeValue('ü€😀', false)).toBe('%C3%BC%E2%82%AC%F0%9F%98%80');
    expect(encodeValue('a\uD800b', false)).toBe('a%EF%BF%BDb');
  });
  it('keeps reserved characters and %XX triplets with allowReserved, but never a literal #', () => {
    expect(encodeValue('a/b:c,d%2F e#', true)).toBe('a/b:c,d%2F%20e%23');
  });
});

describe('normalizeValue', () => {
  it('drops empty strings, lists and maps but keeps false and 0', () => {
    expect(normalizeValue('')).toBeUndefined();
    expect(normalizeValue([''])).toBeUndefined();
    expect(normalizeValue({ a: '' })).toBeUndefined();
    expect(normalizeValue(false)).toEqual({ shape: 'primitive', value: 'false' });
    expect(normalizeValue(0)).toEqual({ shape: 'primitive', value: '0' });
  });
});

describe('path parameters (OpenAPI style table)', () => {
  it.each([
    ['simple', false, prim, '5'],
    ['simple', false, arr, '3,4,5'],
    ['simple', true, arr, '3,4,5'],
    ['simple', false, obj, 'role,admin,firstName,Alex'],
    ['simple', true, obj, 'role=admin,firstName=Alex'],
    ['label', false, prim, '.5'],
    ['label', false, arr, '.3,4,5'],
    ['label', true, arr, '.3.4.5'],
    ['label', false, obj, '.role,admin,firstName,Alex'],
    ['label', true, obj, '.role=admin.firstName=Alex'],
    ['matrix', false, prim, ';id=5'],
    ['matrix', false, arr, ';id=3,4,5'],
    ['matrix', true, arr, ';id=3;id=4;id=5'],
    ['matrix', false, obj, ';id=role,admin,firstName,Alex'],
    ['matrix', true, obj, ';role=admin;firstName=Alex'],
  ])('%s explode=%s %j', (style, explode, value, expected) => {
    expect(encodePathParameter(value, opts(style, explode))).toBe(expected);
  });

  it('percent-encodes reserved characters inside values so they cannot split the path', () => {
    expect(encodePathParameter({ shape: 'primitive', value: 'a/b?c' }, opts('simple', false))).toBe('a%2Fb%3Fc');
    expect(encodePathParameter({ shape: 'array', items: ['a,b', 'c'] }, opts('label', false))).toBe('.a%2Cb,c');
    expect(encodePathParameter({ shape: 'primitive', value: 'ça va' }, opts('matrix', false))).toBe(';id=%C3%A7a%20va');
  });

  it('keeps slashes with allowReserved', () => {
    expect(encodePathParameter({ shape: 'primitive', value: 'dir/file.txt' }, { ...opts('simple', false), allowReserved: true })).toBe(
      'dir/file.txt',
    );
  });

  it('renders empty values per style', () => {
    expect(encodePathParameter(undefined, opts('simple', false))).toBe('');
    expect(encodePathParameter(undefined, opts('label', false))).toBe('.');
    expect(encodePathParameter(undefined, opts('matrix', false))).toBe(';id');
  });
});

describe('query parameters', () => {
  it.each([
    ['form', true, prim, 'id=5'],
    ['form', false, prim, 'id=5'],
    ['form', true, arr, 'id=3&id=4&id=5'],
    ['form', false, arr, 'id=3,4,5'],
    ['form', true, obj, 'role=admin&firstName=Alex'],
    ['form', false, obj, 'id=role,admin,firstName,Alex'],
    ['spaceDelimited', false, arr, 'id=3%204%205'],
    ['spaceDelimited', true, arr, 'id=3&id=4&id=5'],
    ['spaceDelimited', false, obj, 'id=role%20admin%20firstName%20Alex'],
    ['pipeDelimited', false, arr, 'id=3|4|5'],
    ['pipeDelimited', true, arr, 'id=3&id=4&id=5'],
    ['pipeDelimited', false, obj, 'id=role|admin|firstName|Alex'],
    ['deepObject', true, obj, 'id[role]=admin&id[firstName]=Alex'],
    ['deepObject', true, prim, 'id=5'],
  ])('%s explode=%s %j', (style, explode, value, expected) => {
    expect(query(value, style, explode)).toBe(expected);
  });

  it('encodes delimiters inside items so a comma in a value is not a separator', () => {
    expect(query({ shape: 'array', items: ['a,b', 'c d'] }, 'form', false)).toBe('id=a%2Cb,c%20d');
    expect(query({ shape: 'object', entries: [['a b', 'x&y']] }, 'deepObject', true)).toBe('id[a%20b]=x%26y');
  });
});

describe('header and cookie parameters', () => {
  it('serializes headers with style simple and does not percent-encode', () => {
    expect(encodeHeaderParameter(prim, false)).toBe('5');
    expect(encodeHeaderParameter(arr, false)).toBe('3,4,5');
    expect(encodeHeaderParameter(obj, false)).toBe('role,admin,firstName,Alex');
    expect(encodeHeaderParameter(obj, true)).toBe('role=admin,firstName=Alex');
    expect(encodeHeaderParameter({ shape: 'primitive', value: 'a b\r\nX-Evil: 1' }, false)).toBe('a b X-Evil: 1');
  });

  it('serializes cookies with style form', () => {
    const c = (value: NormalizedValue, explode: boolean) =>
      encodeCookieParameter(value, opts('form', explode, 'cookie'))
        .map((p) => `${p.name}=${p.value}`)
        .join('; ');
    expect(c(prim, true)).toBe('id=5');
    expect(c(arr, false)).toBe('id=3,4,5');
    expect(c(arr, true)).toBe('id=3; id=4; id=5');
    expect(c(obj, true)).toBe('role=admin; firstName=Alex');
    expect(c({ shape: 'primitive', value: 'a;b c' }, true)).toBe('id=a%3Bb%20c');
  });
});
