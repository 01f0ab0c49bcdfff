import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectCoverImage, storeTestCover } from '@/app/_ui/content/cover-image.testing';
import { events, type NewEvent } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import EventPage from './page';

// Next's data cache exists only inside its server; the page uses it for nothing but cache tags.
vi.mock('next/cache', () => ({ unstable_cache: <T,>(fn: T) => fn }));

const { db } = testDatabase('migrated', 'event_page_cover');

const DAY = 86_400_000;

async function insertEvent(row: Partial<NewEvent> & { slug: string }) {
  await db.insert(events).values({
    title: `Event ${row.slug}`,
    summary: 'A test event.',
    body: 'Details of the programme.',
    startsAt: new Date(Date.now() + 10 * DAY),
    endsAt: new Date(Date.now() + 10 * DAY + 8 * 3_600_000),
    timeZone: 'Europe/Vienna',
    venue: 'Austria Center Vienna',
    organiser: 'Test organiser',
    status: 'published',
    publishedAt: new Date(Date.now() - DAY),
    ...row,
  });
}

async function render(slug: string): Promise<string> {
  return renderToStaticMarkup(await EventPage({ params: Promise.resolve({ slug }) }));
}

describe('/events/[slug]', () => {
  it('shows the cover: every stored width in srcset, its intrinsic size and its text alternative, loaded at once', async () => {
    const cover = await storeTestCover(1400, 700);
    await insertEvent({ slug: 'with-cover', coverImageId: cover.id, coverImageAlt: 'The congress hall from the stage' });

    const html = await render('with-cover');
    const img = expectCoverImage(html, cover, 'The congress hall from the stage');
    expect(img).toContain('sizes=');
    // The top of the page: not lazy, so it is not the last thing to appear.
    expect(img).toContain('loading="eager"');
    expect(html).toContain('Details of the programme.');
  });

  it('shows no image for an event without a cover', async () => {
    await insertEvent({ slug: 'without-cover' });
    const html = await render('without-cover');
    expect(html).toContain('Details of the programme.');
    expect(html).not.toContain('<img');
  });
});
