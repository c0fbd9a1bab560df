import { describe, expect, it } from 'vitest';
import { classifyBody, looksLikeRasterImage } from './classify-body';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

const PNG = bytes([0x89], 'PNG\r\n', [0x1a, 0x0a], 'rest');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const GIF = bytes('GIF89a', [1, 0]);
const WEBP = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ');
const AVIF = bytes([0, 0, 0, 0x20], 'ftypavif', [0, 0]);
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');

describe('classifyBody', () => {
  it('shows PNG, JPEG, GIF, WebP and AVIF inline', () => {
    expect(classifyBody('image/png', PNG.length, PNG)).toBe('image');
    expect(classifyBody('image/jpeg', JPEG.length, JPEG)).toBe('image');
    expect(classifyBody('image/gif', GIF.length, GIF)).toBe('image');
    expect(classifyBody('image/webp', WEBP.length, WEBP)).toBe('image');
    expect(classifyBody('IMAGE/AVIF; q=1', AVIF.length, AVIF)).toBe('image');
  });

  it('shows SVG as text, never as an image', () => {
    expect(classifyBody('image/svg+xml', SVG.length, SVG)).toBe('text');
    expect(classifyBody('image/svg+xml; charset=utf-8', SVG.length)).toBe('text');
    expect(classifyBody('image/svg', SVG.length, SVG)).toBe('text');
  });

  it('offers other and unknown image types as a download', () => {
    expect(classifyBody('image/x-icon', 10, bytes([0, 0, 1, 0]))).toBe('binary');
    expect(classifyBody('image/tiff', 4, bytes('II*', [0]))).toBe('binary');
    expect(classifyBody('image/x-unknown', PNG.length, PNG)).toBe('binary');
  });

  it('does not show bytes that are not a raster image, whatever the header says', () => {
    expect(classifyBody('image/png', SVG.length, SVG)).toBe('binary');
    expect(classifyBody('image/gif', 5, bytes('<html'))).toBe('binary');
  });

  it('keeps the other kinds', () => {
    expect(classifyBody('application/json', 0)).toBe('empty');
    expect(classifyBody('application/problem+json', 2)).toBe('json');
    expect(classifyBody('text/html', 5)).toBe('text');
    expect(classifyBody('application/octet-stream', 3)).toBe('binary');
    expect(classifyBody('', 3, bytes('a', [0], 'b'))).toBe('binary');
  });
});

describe('looksLikeRasterImage', () => {
  it('knows the five signatures and nothing else', () => {
    expect([PNG, JPEG, GIF, WEBP, AVIF].every(looksLikeRasterImage)).toBe(true);
    expect(looksLikeRasterImage(SVG)).toBe(false);
    expect(looksLikeRasterImage(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBe(false);
    expect(looksLikeRasterImage(new Uint8Array())).toBe(false);
  });
});
