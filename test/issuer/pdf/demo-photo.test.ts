// The synthetic portrait: a small JPEG, the same bytes for the same seed.
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { makeDemoPhotoJpeg } from '../../../issuer/pdf/demo-photo';

describe('makeDemoPhotoJpeg', () => {
  it('makes a 240×300 JPEG, deterministic per seed', async () => {
    const photo = makeDemoPhotoJpeg(42);
    expect([photo[0], photo[1]]).toEqual([0xff, 0xd8]);
    expect(photo.length).toBeLessThan(30_000);
    const image = await loadImage(Buffer.from(photo));
    expect([image.width, image.height]).toEqual([240, 300]);
    expect(Buffer.from(makeDemoPhotoJpeg(42)).equals(Buffer.from(photo))).toBe(true);
    expect(Buffer.from(makeDemoPhotoJpeg(43)).equals(Buffer.from(photo))).toBe(false);
  });
});
