import { describe, expect, it } from 'vitest';
import { countOf, generatedSocialImageHref, socialImageUrl } from './social-image';

describe('generatedSocialImageHref', () => {
  it("gives reference pages their API's card and every other page the site's", () => {
    expect(generatedSocialImageHref('/reference/bookshelf/list-books/')).toBe('/social/bookshelf.png');
    expect(generatedSocialImageHref('/reference/bookshelf/')).toBe('/social/bookshelf.png');
    expect(generatedSocialImageHref('/docs/getting-started/')).toBe('/social/_site.png');
    expect(generatedSocialImageHref('/')).toBe('/social/_site.png');
  });

  it('names a configured image first, else the generated card, absolute under siteUrl and BASE_PATH', () => {
    const siteUrl = 'https://docs.example.com';
    expect(socialImageUrl({ siteUrl, socialImage: 'https://cdn.example.com/card.png' }, '/', '')).toBe('https://cdn.example.com/card.png');
    expect(socialImageUrl({ siteUrl, socialImage: '/brand/card.png' }, '/reference/a/x/', '/sub')).toBe('https://docs.example.com/sub/brand/card.png');
    expect(socialImageUrl({ siteUrl }, '/reference/a/x/', '/sub')).toBe('https://docs.example.com/sub/social/a.png');
    expect(socialImageUrl({}, '/reference/a/x/', '')).toBeUndefined();
    expect(socialImageUrl({ socialImage: 'https://cdn.example.com/card.png' }, '/', '')).toBe('https://cdn.example.com/card.png');
  });

  it('counts in words', () => {
    expect(countOf(1, 'operation')).toBe('1 operation');
    expect(countOf(1223, 'operation')).toBe('1,223 operations');
  });
});
