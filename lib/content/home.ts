import 'server-only';
import { listUpcomingEvents, type EventListItem } from './events';
import { getFeaturedCondition, listPublishedPosts, type FeaturedCondition, type PostListItem } from './posts';
import { listTrendingNews } from './trending';
import { listPublishedVideos, type VideoListItem } from './videos';

/* The home page's five sections, composed from each kind's own read paths. */

const HOME_LIST_SIZE = 5;

export type HomePage = {
  featured: FeaturedCondition | null;
  trendingNews: PostListItem[];
  latestArticles: PostListItem[];
  upcomingEvents: EventListItem[];
  videos: VideoListItem[];
};

/** Everything the home page shows, read in parallel. */
export async function getHomePage(): Promise<HomePage> {
  const [featured, trendingNews, latestArticles, upcomingEvents, latestVideos] = await Promise.all([
    getFeaturedCondition(),
    listTrendingNews({ days: 7, limit: HOME_LIST_SIZE }),
    listPublishedPosts('article', { limit: HOME_LIST_SIZE }),
    listUpcomingEvents({ limit: HOME_LIST_SIZE }),
    listPublishedVideos({ limit: HOME_LIST_SIZE }),
  ]);
  return { featured, trendingNews, latestArticles, upcomingEvents, videos: latestVideos };
}
