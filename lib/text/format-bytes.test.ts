import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('counts in decimal units, from bytes to gigabytes', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(26_214_401)).toBe('26.2 MB');
    expect(formatBytes(3_012_000_000)).toBe('3.01 GB');
  });
});
