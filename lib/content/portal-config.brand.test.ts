import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brandLinks, listBrandAssets } from './brand-assets';
import { ContentError } from './content-error';
import { fontFaces, parsePortalConfig, readPortalConfig } from './portal-config';

const file = '/site/portal.config.json';

function errorOf(config: object): ContentError {
  try {
    parsePortalConfig(JSON.stringify({ title: 'Docs', ...config }), file);
  } catch (error) {
    return error as ContentError;
  }
  throw new Error('expected the config to be rejected');
}

describe('branding keys', () => {
  it('accepts a logo per theme, a favicon and an accent colour', () => {
    const config = parsePortalConfig(
      JSON.stringify({ title: 'Docs', logo: { light: 'brand/logo.svg', dark: 'brand/logo-dark.png' }, favicon: 'brand/icon.ico', accentColor: 'rgb(15 118 110)' }),
      file,
    );
    expect(config.accentColor).toBe('rgb(15 118 110)');
    expect(listBrandAssets(config, '/site')).toEqual([
      { field: 'logo.light', name: 'logo.svg', source: '/site/brand/logo.svg' },
      { field: 'logo.dark', name: 'logo-dark.png', source: '/site/brand/logo-dark.png' },
      { field: 'favicon', name: 'favicon.ico', source: '/site/brand/icon.ico' },
    ]);
  });

  it('publishes one logo for both themes under a fixed name', () => {
    const config = parsePortalConfig(JSON.stringify({ title: 'Docs', logo: 'my files/Logo.SVG' }), file);
    expect(brandLinks(listBrandAssets(config, '/site'))).toEqual({ logo: { light: '/brand/logo.svg', dark: undefined }, favicon: undefined });
  });

  it('publishes font files under fixed names, with the weight and style each provides', () => {
    const config = parsePortalConfig(
      JSON.stringify({ title: 'Docs', fonts: { text: [{ file: 'fonts/Inter.woff2', weight: '100 900' }, { file: 'fonts/Inter-Italic.woff2', style: 'italic' }], code: 'fonts/Mono.TTF' } }),
      file,
    );
    expect(fontFaces(config)).toEqual([
      { role: 'text', field: 'fonts.text[0]', file: 'fonts/Inter.woff2', weight: '100 900', style: undefined },
      { role: 'text', field: 'fonts.text[1]', file: 'fonts/Inter-Italic.woff2', weight: undefined, style: 'italic' },
      { role: 'code', field: 'fonts.code[0]', file: 'fonts/Mono.TTF', weight: undefined, style: undefined },
    ]);
    expect(listBrandAssets(config, '/site').map((asset) => asset.name)).toEqual(['fonts-text-0.woff2', 'fonts-text-1.woff2', 'fonts-code-0.ttf']);
  });

  it('refuses a font that is not a font file or leaves the content folder, naming the field', () => {
    expect(errorOf({ fonts: { text: 'fonts/Inter.css' } }).message).toMatch(/fonts\.text.*must be a font file: \.woff2, \.woff, \.ttf, \.otf/s);
    expect(errorOf({ fonts: { code: [{ file: '../secret.woff2' }] } }).message).toMatch(/fonts\.code\[0\]\.file.*must stay inside the content folder/s);
    expect(errorOf({ fonts: { text: [{ file: 'a.woff2', weight: 'bold' }] } }).message).toMatch(/must be a weight such as 400/);
    expect(errorOf({ fonts: { heading: 'a.woff2' } }).message).toMatch(/heading/);
  });

  it('refuses an accent colour that is not a CSS colour, naming the forms it takes', () => {
    for (const accentColor of ['teal-ish', '#12345', 'rgb(1,2,3); } body { display: none', 42]) {
      const error = errorOf({ accentColor });
      expect(error.field).toBe('accentColor');
    }
    expect(errorOf({ accentColor: 'blue' }).message).toContain('must be a CSS colour such as "#0b7a75"');
  });

  it('refuses a logo path that leaves the content folder, is absolute, hidden or not an image', () => {
    expect(errorOf({ logo: '../secret/logo.svg' }).message).toContain('must stay inside the content folder');
    expect(errorOf({ logo: 'brand/../../logo.svg' }).field).toBe('logo');
    expect(errorOf({ logo: { light: 'a.svg', dark: '..\\..\\b.svg' } }).field).toBe('logo.dark');
    expect(errorOf({ logo: '/etc/logo.svg' }).message).toContain('relative to the content folder');
    expect(errorOf({ logo: 'https://cdn.example.com/logo.svg' }).message).toContain('relative to the content folder');
    expect(errorOf({ favicon: '.git/icon.png' }).field).toBe('favicon');
    expect(errorOf({ logo: 'portal.config.json' }).message).toContain('must be an image');
  });
});

describe('readPortalConfig and brand files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-brand-'));
  const content = path.join(root, 'content');
  fs.mkdirSync(path.join(content, 'brand'), { recursive: true });
  fs.writeFileSync(path.join(content, 'brand', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(root, 'outside.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.symlinkSync(path.join(root, 'outside.svg'), path.join(content, 'brand', 'link.svg'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (config: object) => fs.writeFileSync(path.join(content, 'portal.config.json'), JSON.stringify({ title: 'Docs', ...config }));

  it('reads a config whose logo exists', () => {
    write({ logo: 'brand/logo.svg' });
    expect(readPortalConfig(content).logo).toBe('brand/logo.svg');
  });

  it('names a missing logo file', () => {
    write({ logo: 'brand/missing.svg' });
    expect(() => readPortalConfig(content)).toThrow(/\(logo\).*"brand\/missing\.svg", which does not exist/);
  });

  it('refuses a symlink that leads out of the content folder', () => {
    write({ favicon: 'brand/link.svg' });
    expect(() => readPortalConfig(content)).toThrow(/not a file inside the content folder/);
  });
});
