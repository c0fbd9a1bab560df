/**
 * Plausible example values for schemas that have none of their own, from the property's name and
 * format: `email` → `"jane@example.com"` rather than openapi-sampler's `"string"`, `pages` → 320
 * rather than 1. A small table instead of a faker library: it is deterministic (golden files and
 * cached pages stay stable), a few kilobytes in the console's bundle, and knows only names that
 * read the same in any API. A value that breaks the schema's own bounds is never returned: the
 * sampler's answer is kept instead.
 */

type Obj = Record<string, unknown>;
type Value = string | number;

/** Lowercased, without `_`, `-` and spaces: `created_at`, `createdAt` and `Created-At` are one key. */
const normalize = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');

/** Exact (normalized) names. */
const STRINGS: Record<string, string> = {
  email: 'jane@example.com',
  name: 'Jane Doe',
  fullname: 'Jane Doe',
  displayname: 'Jane Doe',
  firstname: 'Jane',
  givenname: 'Jane',
  lastname: 'Doe',
  familyname: 'Doe',
  surname: 'Doe',
  username: 'jane_doe',
  login: 'jane_doe',
  handle: 'jane_doe',
  reviewer: 'Jane Doe',
  author: 'Jane Doe',
  owner: 'Jane Doe',
  narrator: 'Jane Doe',
  title: 'A sample title',
  subtitle: 'A short subtitle',
  summary: 'A one-paragraph summary of what this is about.',
  description: 'A short description of what this is about.',
  bio: 'Writer and editor based in Lisbon.',
  body: 'The full text goes here, in plain sentences.',
  text: 'The full text goes here, in plain sentences.',
  content: 'The full text goes here, in plain sentences.',
  comment: 'Looks good to me.',
  note: 'Looks good to me.',
  notes: 'Looks good to me.',
  message: 'The request could not be completed.',
  detail: 'The request body has a field with an invalid value.',
  alttext: 'A short description of the image',
  caption: 'A short description of the image',
  phone: '+1 555 0100',
  phonenumber: '+1 555 0100',
  street: '1 Main Street',
  addressline1: '1 Main Street',
  line1: '1 Main Street',
  city: 'Springfield',
  region: 'Oregon',
  state: 'Oregon',
  postalcode: '97477',
  zip: '97477',
  zipcode: '97477',
  country: 'US',
  countrycode: 'US',
  currency: 'USD',
  language: 'en',
  locale: 'en-US',
  timezone: 'Europe/London',
  slug: 'sample-slug',
  color: '#0f766e',
  colour: '#0f766e',
  password: 'correct-horse-battery-staple',
  token: 'tok_5f2b9c1e',
  cursor: 'eyJvZmZzZXQiOjIwfQ',
  nextcursor: 'eyJvZmZzZXQiOjIwfQ',
  prevcursor: 'eyJvZmZzZXQiOjB9',
  status: 'active',
  version: '1.0.0',
  ip: '203.0.113.7',
  ipaddress: '203.0.113.7',
  filename: 'report.pdf',
  contenttype: 'application/json',
  mimetype: 'application/json',
  path: '/examples/1',
  instance: '/examples/1',
  host: 'api.example.com',
  hostname: 'api.example.com',
  domain: 'example.com',
  company: 'Example Corp',
  organization: 'Example Corp',
  id: 'a1b2c3d4',
  url: 'https://example.com',
  uri: 'https://example.com',
  href: 'https://example.com',
  website: 'https://example.com',
  homepage: 'https://example.com',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
};

const NUMBERS: Record<string, number> = {
  pages: 320,
  pagecount: 320,
  page: 1,
  limit: 20,
  perpage: 20,
  pagesize: 20,
  offset: 0,
  skip: 0,
  count: 42,
  total: 42,
  totalcount: 42,
  quantity: 2,
  qty: 2,
  age: 34,
  year: 2024,
  rating: 4,
  score: 87,
  percent: 50,
  percentage: 50,
  size: 20480,
  bytes: 20480,
  length: 12,
  width: 1200,
  height: 800,
  port: 8080,
  latitude: 51.5072,
  lat: 51.5072,
  longitude: -0.1276,
  lng: -0.1276,
  lon: -0.1276,
  price: 19.99,
  amount: 19.99,
  cost: 19.99,
  minutes: 45,
  seconds: 30,
  duration: 45,
  version: 1,
  id: 1042,
  ms: 250,
};

/** The last word of a name: `coverUrl` → `url`, `book_count` → `count`, `birthYear` → `year`. */
function lastWord(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/).filter(Boolean);
  return words.at(-1) ?? '';
}

/** `bookId` → `book`, `owner_account_id` → `account`: the thing an id names, as the id's prefix. */
function prefixOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/).filter(Boolean);
  return words.at(-2)?.replace(/[^a-z0-9]/g, '').slice(0, 10) || 'id';
}

/** `coverUrl` → `https://example.com/cover`, `url` → `https://example.com`. */
function urlFor(name: string, suffix: string): string {
  const stem = name.slice(0, name.length - suffix.length).replace(/[_-]+$/, '');
  const segment = stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return segment ? `https://example.com/${segment}` : 'https://example.com';
}

/** Values for string formats that read better than the sampler's (`2019-08-24T14:15:22Z`, `http://example.com`, `../dictionary`). */
function stringForFormat(format: string, name: string): string | undefined {
  switch (format) {
    case 'date-time':
      return '2024-05-14T09:30:00Z';
    case 'date':
      return '2024-05-14';
    case 'email':
    case 'idn-email':
      return 'jane@example.com';
    case 'uri':
    case 'url':
    case 'iri':
    case 'uri-reference':
    case 'iri-reference': {
      const key = normalize(name);
      const suffix = ['url', 'uri', 'href'].find((end) => key.endsWith(end));
      return suffix ? urlFor(name, suffix) : 'https://example.com';
    }
    case 'hostname':
    case 'idn-hostname':
      return 'api.example.com';
    case 'ipv4':
      return '203.0.113.7';
    default:
      return undefined;
  }
}

function stringFor(name: string, format: unknown): string | undefined {
  if (typeof format === 'string') {
    const byFormat = stringForFormat(format, name);
    // A format the table does not know (uuid, binary, byte, ...) is better served by the sampler than by the name.
    return byFormat;
  }
  const key = normalize(name);
  if (Object.hasOwn(STRINGS, key)) return STRINGS[key];
  // Then by the name's last word: `bookId` is a book's id, `coverUrl` a link, `authorName` a name.
  const last = lastWord(name);
  if (last === 'id') return `${prefixOf(name)}_1a2b3c`;
  if (last === 'url' || last === 'uri' || last === 'href') return urlFor(name, last);
  return Object.hasOwn(STRINGS, last) ? STRINGS[last] : undefined;
}

function numberFor(name: string): number | undefined {
  const key = normalize(name);
  if (Object.hasOwn(NUMBERS, key)) return NUMBERS[key];
  const last = lastWord(name);
  return Object.hasOwn(NUMBERS, last) ? NUMBERS[last] : undefined;
}

const typeOf = (schema: Obj): string | undefined => {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((entry) => entry !== 'null');
  return typeof schema.format === 'string' ? 'string' : undefined;
};

/** `value` moved into the schema's bounds, or undefined when it cannot be. */
function withinBounds(value: number, schema: Obj, integer: boolean): number | undefined {
  let result = integer ? Math.round(value) : value;
  const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  const min = num('minimum');
  const max = num('maximum');
  // 3.1 exclusive bounds are numbers; 3.0's booleans were upgraded to numbers at load.
  const exclusiveMin = num('exclusiveMinimum');
  const exclusiveMax = num('exclusiveMaximum');
  if (min !== undefined && result < min) result = min;
  if (max !== undefined && result > max) result = max;
  if (exclusiveMin !== undefined && result <= exclusiveMin) result = integer ? Math.floor(exclusiveMin) + 1 : exclusiveMin + 1;
  if (exclusiveMax !== undefined && result >= exclusiveMax) result = integer ? Math.ceil(exclusiveMax) - 1 : exclusiveMax - 1;
  const multipleOf = num('multipleOf');
  if (multipleOf !== undefined && multipleOf > 0 && Math.abs(result / multipleOf - Math.round(result / multipleOf)) > 1e-9) return undefined;
  const ok = (min === undefined || result >= min) && (max === undefined || result <= max) && (exclusiveMin === undefined || result > exclusiveMin) && (exclusiveMax === undefined || result < exclusiveMax);
  return ok ? result : undefined;
}

/** The name's value, and for a pattern that starts with a literal prefix (`^rv_[a-z0-9]{3,24}$`), that prefix and a short code. */
function stringCandidates(name: string, schema: Obj): string[] {
  const candidates: string[] = [];
  const byName = stringFor(name, schema.format);
  if (byName !== undefined) candidates.push(byName);
  const prefix = typeof schema.pattern === 'string' ? /^\^([A-Za-z]+[_-])/.exec(schema.pattern)?.[1] : undefined;
  if (prefix && schema.format === undefined) candidates.push(`${prefix}1a2b3c`, `${prefix}a1b2c3`);
  return candidates;
}

function matchesPattern(value: string, pattern: unknown): boolean {
  if (typeof pattern !== 'string') return true;
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

const HAS_OWN_VALUE = ['example', 'examples', 'default', 'enum', 'const'];

/**
 * A plausible example for a scalar schema named `name` (a property or parameter name), or
 * undefined when the schema has its own example, default, enum or const, is not a string or
 * number, or when no candidate fits its pattern, length or bounds.
 * @example plausibleValue('created_at', { type: 'string', format: 'date-time' }) // '2024-05-14T09:30:00Z'
 * @example plausibleValue('pages', { type: 'integer', maximum: 100 }) // 100
 */
export function plausibleValue(name: string, schema: Obj): Value | undefined {
  if (HAS_OWN_VALUE.some((key) => key in schema)) return undefined;
  const type = typeOf(schema);
  if (type === 'string') {
    const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
    return stringCandidates(name, schema).find((value) => value.length >= minLength && value.length <= maxLength && matchesPattern(value, schema.pattern));
  }
  if (type === 'integer' || type === 'number') {
    const value = numberFor(name);
    if (value === undefined) {
      // No name to go by: a value inside both bounds reads better than the sampler's lower bound.
      const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
      const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
      return min !== undefined && max !== undefined && max > min ? withinBounds(min + (max - min) / 2, schema, type === 'integer') : undefined;
    }
    return withinBounds(value, schema, type === 'integer');
  }
  return undefined;
}
