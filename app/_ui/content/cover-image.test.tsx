import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { storeUploadedImage } from '@/lib/admin/images';
import { testDatabase } from '@/lib/db/test/database';
import { CoverImage } from './cover-image';

testDatabase('migrated', 'adm_images_cover');

describe('<CoverImage>', () => {
  it('renders the copies as srcset with the intrinsic size, the alternative and lazy loading', async () => {
    const png = await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#114477' } }).png().toBuffer();
    const stored = await storeUploadedImage({ bytes: png }, null);
    if (!stored.ok) throw new Error(stored.message);
    const [small, medium] = stored.image.variants;
    const html = renderToStaticMarkup(await CoverImage({ imageId: stored.image.id, alt: 'An ECG strip' }));
    expect(html).toContain(`src="${medium!.url}"`);
    expect(html).toContain(`srcSet="${small!.url} 320w, ${medium!.url} 640w"`);
    expect(html).toContain('width="640"');
    expect(html).toContain('height="320"');
    expect(html).toContain('alt="An ECG strip"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('decoding="async"');
    expect(html).toContain('sizes=');
  });

  it('renders nothing for an item without a cover', async () => {
    expect(renderToStaticMarkup(await CoverImage({ imageId: null, alt: null }))).toBe('');
  });
});
