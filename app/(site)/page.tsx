import Link from 'next/link';
import { eventToListItem, postToListItem, videoToListItem } from '@/app/_ui/content/list-items';
import { HomeSection } from '@/app/_ui/content/home-section';
import { pathForPost } from '@/lib/content/paths';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { getHomePage } from '@/lib/content/home';
import { siteName } from '@/lib/site';

export const revalidate = 300;

export default async function HomePage() {
  const [home] = await Promise.all([
    getHomePage(),
    tagCachedPage((['condition', 'news', 'article', 'event', 'video'] as const).map((kind) => contentTag.list(kind))),
  ]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="sr-only">{siteName}: condition articles, news, events and videos for doctors</h1>

      {home.featured ? (
        <article
          aria-labelledby="featured-title"
          className="rounded-xl border border-brand-100 bg-brand-50 p-5 sm:p-8"
        >
          <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">Featured condition</p>
          <h2 id="featured-title" className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            <Link href={pathForPost('condition', home.featured.slug)} className="hover:text-brand-800 hover:underline">
              {home.featured.title}
            </Link>
          </h2>
          <p className="mt-4 max-w-3xl text-[1.0625rem] leading-relaxed text-slate-800 sm:text-lg">{home.featured.lead}</p>
          <p className="mt-5">
            <Link
              href={pathForPost('condition', home.featured.slug)}
              className="inline-flex items-center rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
            >
              Read the full article<span className="sr-only">: {home.featured.title}</span>
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </p>
        </article>
      ) : null}

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <HomeSection
          id="trending-news"
          title="Trending News"
          items={home.trendingNews.map((p) => postToListItem(p))}
          viewAllHref="/news"
          viewAllLabel="View all news"
          emptyText="No news yet."
        />
        <HomeSection
          id="latest-articles"
          title="Latest Articles"
          items={home.latestArticles.map((p) => postToListItem(p))}
          viewAllHref="/articles"
          viewAllLabel="View all articles"
          emptyText="No articles yet."
        />
        <HomeSection
          id="upcoming-events"
          title="Upcoming Events"
          items={home.upcomingEvents.map((e) => eventToListItem(e))}
          viewAllHref="/events"
          viewAllLabel="View all events"
          emptyText="No upcoming events."
        />
        <HomeSection
          id="videos"
          title="Videos"
          items={home.videos.map((v) => videoToListItem(v))}
          viewAllHref="/videos"
          viewAllLabel="View all videos"
          emptyText="No videos yet."
        />
      </div>
    </div>
  );
}
