import { imageSize } from 'image-size';

/** An image's intrinsic size, so the page reserves its box (no layout shift); undefined for files that are not images. */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  try {
    const size = imageSize(bytes);
    return size.width && size.height ? { width: size.width, height: size.height } : undefined;
  } catch {
    return undefined;
  }
}
