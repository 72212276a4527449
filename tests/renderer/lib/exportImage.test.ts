import { describe, expect, it } from 'vitest';
import { pngScale } from '../../../src/renderer/src/lib/exportImage';

describe('pngScale', () => {
  it('draws an ordinary network at the scale asked for', () => {
    expect(pngScale(1014, 844)).toBe(2);
    expect(pngScale(1014, 844, 3)).toBe(3);
  });

  it('keeps a huge network inside what browsers can allocate for a canvas', () => {
    // About what 2,000 organisations render to.
    const [width, height] = [10_814, 5_196];
    const scale = pngScale(width, height);
    expect(scale).toBeLessThan(1);
    expect(width * scale * height * scale).toBeLessThanOrEqual(40_000_000);
    // A very long, thin picture meets the per-side limit first.
    const thin = pngScale(60_000, 400);
    expect(60_000 * thin).toBeLessThanOrEqual(16_384);
  });
});
