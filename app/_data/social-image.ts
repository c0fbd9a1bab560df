import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';
import { SOCIAL_IMAGE_SIZE, socialCardTree, type SocialCard } from '@/lib/publish/social-image';

/**
 * The card as a PNG, drawn by satori and resvg as bundled in Next's `next/og`, with its Geist font,
 * so no package or font is downloaded. Spec text is laid out as text: it never becomes markup or SVG.
 */
export async function renderSocialImage(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  // satori takes plain `{ type, props }` objects as well as React elements.
  const response = new ImageResponse(socialCardTree(card) as unknown as ReactElement, SOCIAL_IMAGE_SIZE);
  return new Uint8Array(await response.arrayBuffer());
}
