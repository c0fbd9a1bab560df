import { describe, expect, it } from 'vitest';
import { shellQuote, toCurl } from './to-curl';
import type { PreparedRequest } from './types';

const base: PreparedRequest = { method: 'GET', url: 'https://api.example.com/items', headers: [], queryString: [], cookies: [] };

describe('toCurl', () => {
  it('renders a multi-line command with quoted arguments', () => {
    const curl = toCurl(
      {
        ...base,
        method: 'POST',
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        body: { mediaType: 'application/json', text: `{"name":"it's"}` },
      },
      { maskSecrets: false },
    );
    expect(curl).toBe(
      [
        `curl --request POST \\`,
        `  --url 'https://api.example.com/items' \\`,
        `  --header 'Content-Type: application/json' \\`,
        `  --data-raw '{"name":"it'\\''s"}'`,
      ].join('\n'),
    );
  });

  it('quotes shell metacharacters so nothing is expanded', () => {
    expect(shellQuote(`$(rm -rf /) \`x\` "a" 'b' \\n`)).toBe(`'$(rm -rf /) \`x\` "a" '\\''b'\\'' \\n'`);
  });

  it('masks credentials when asked, keeping the scheme and other values', () => {
    const request: PreparedRequest = {
      ...base,
      url: 'https://api.example.com/items?page=2&api_key=s3cret',
      queryString: [
        { name: 'page', value: '2' },
        { name: 'api_key', value: 's3cret', secret: true },
      ],
      headers: [
        { name: 'Authorization', value: 'Bearer abc.def', secret: true },
        { name: 'X-Api-Key', value: 'k' },
        { name: 'X-Trace', value: 't1' },
      ],
      cookies: [
        { name: 'session', value: 'c00kie', secret: true },
        { name: 'theme', value: 'dark' },
      ],
    };
    const masked = toCurl(request, { maskSecrets: true });
    expect(masked).toContain(`--url 'https://api.example.com/items?page=2&api_key=****'`);
    expect(masked).toContain(`--header 'Authorization: Bearer ****'`);
    expect(masked).toContain(`--header 'X-Api-Key: ****'`);
    expect(masked).toContain(`--header 'X-Trace: t1'`);
    expect(masked).toContain(`--cookie 'session=****; theme=dark'`);
    expect(masked).not.toMatch(/s3cret|abc\.def|c00kie/);
    const plain = toCurl(request, { maskSecrets: false });
    expect(plain).toContain('s3cret');
    expect(plain).toContain('Bearer abc.def');
    expect(toCurl(request, { maskSecrets: true, secretHeaderNames: ['x-trace'] })).toContain(`--header 'X-Trace: ****'`);
  });

  it('turns off URL globbing for brackets and uses --head for HEAD', () => {
    const curl = toCurl({ ...base, method: 'HEAD', url: 'https://api.example.com/items?f[a]=1' }, { maskSecrets: false });
    expect(curl).toBe(`curl --head \\\n  --globoff \\\n  --url 'https://api.example.com/items?f[a]=1'`);
  });

  it('sends multipart text fields literally and files with @', () => {
    const curl = toCurl(
      {
        ...base,
        method: 'POST',
        body: {
          mediaType: 'multipart/form-data',
          fields: [
            { name: 'note', value: '@/etc/passwd' },
            { name: 'photo', file: { name: 'my "cat".png', type: 'image/png', size: 10 } },
          ],
        },
      },
      { maskSecrets: false },
    );
    expect(curl).toContain(`--form-string 'note=@/etc/passwd'`);
    expect(curl).toContain(`--form 'photo=@"my \\"cat\\".png";type=image/png'`);
  });

  it('sends a binary body from the named file, quoted', () => {
    const curl = toCurl({ ...base, method: 'PUT', body: { mediaType: 'image/*', file: { name: "it's.png", type: 'image/png', size: 3 } } }, { maskSecrets: false });
    expect(curl).toContain(`--data-binary '@it'\\''s.png'`);
  });

  it('url-encodes form fields', () => {
    const curl = toCurl(
      { ...base, method: 'POST', body: { mediaType: 'application/x-www-form-urlencoded', fields: [{ name: 'a b', value: 'x&y' }] } },
      { maskSecrets: false },
    );
    expect(curl).toContain(`--data-urlencode 'a%20b=x&y'`);
  });
});
