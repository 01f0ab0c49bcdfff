import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectCoverImage, storeTestCover } from '@/app/_ui/content/cover-image.testing';
import { videos, type NewVideo } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import VideoPage from './page';

// Next's data cache exists only inside its server; the page uses it for nothing but cache tags.
vi.mock('next/cache', () => ({ unstable_cache: <T,>(fn: T) => fn }));

const { db } = testDatabase('migrated', 'video_page_cover');

async function insertVideo(row: Partial<NewVideo> & { slug: string }) {
  await db.insert(videos).values({
    title: `Video ${row.slug}`,
    summary: 'A test video.',
    body: 'About the talk.',
    provider: 'youtube',
    providerVideoId: 'abcdefghijk',
    durationSeconds: 600,
    status: 'published',
    publishedAt: new Date(Date.now() - 86_400_000),
    ...row,
  });
}

async function render(slug: string): Promise<string> {
  return renderToStaticMarkup(await VideoPage({ params: Promise.resolve({ slug }) }));
}

describe('/videos/[slug]', () => {
  it('shows the cover under the player: every stored width in srcset, its intrinsic size and its text alternative', async () => {
    const cover = await storeTestCover(900, 600);
    await insertVideo({ slug: 'with-cover', coverImageId: cover.id, coverImageAlt: 'The speaker at the lectern' });

    const html = await render('with-cover');
    const img = expectCoverImage(html, cover, 'The speaker at the lectern');
    expect(img).toContain('loading="lazy"');
    expect(html.indexOf('Play video')).toBeLessThan(html.indexOf('<img'));
  });

  it('shows no image for a video without a cover', async () => {
    await insertVideo({ slug: 'without-cover' });
    const html = await render('without-cover');
    expect(html).toContain('About the talk.');
    expect(html).not.toContain('<img');
  });
});
