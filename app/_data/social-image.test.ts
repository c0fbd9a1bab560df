import { describe, expect, it } from 'vitest';
import { SOCIAL_IMAGE_SIZE } from '@/lib/publish/social-image';
import { renderSocialImage } from './social-image';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (bytes 16-23). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderSocialImage', () => {
  it('draws a 1200x630 PNG', async () => {
    const png = await renderSocialImage({ siteName: 'Bookshelf Portal', title: 'Bookshelf API', subtitle: 'Version 1.0.0', facts: ['24 operations'], accentColor: '#0f766e' });
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual(SOCIAL_IMAGE_SIZE);
    expect(png.byteLength).toBeGreaterThan(5_000);
  });

  it('draws spec text as text, whatever it holds', async () => {
    const png = await renderSocialImage({ siteName: '<script>', title: `${'Very long title '.repeat(30)}</svg><image href="x"/>`, facts: [] });
    expect(pngSize(png)).toEqual(SOCIAL_IMAGE_SIZE);
  });
});
