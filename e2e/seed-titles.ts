import { ARTICLES, EVENTS, HOME_VIDEOS, NEWS } from '../lib/db/seed-content';
import type { HomeSection } from './pages/home-page';

/** The seed page's four lists, in its order: what the home page must show. */
export const SEED_TITLES: Record<HomeSection, string[]> = {
  'Trending News': NEWS.map((n) => n.title),
  'Latest Articles': ARTICLES.map((a) => a.title),
  'Upcoming Events': EVENTS.map((e) => e.title),
  Videos: HOME_VIDEOS.map((v) => v.title),
};
