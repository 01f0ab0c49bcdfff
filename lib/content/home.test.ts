import { describe, expect, it } from 'vitest';
import { posts, type NewPost } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import * as markdown from './markdown';
import * as homePage from './home';
import * as queries from './posts';

/*
 * Runs on a database of its own (migrated and seeded with the real seed), so the rows this
 * file adds can never disturb other test files sharing the run's database.
 */

// The four lists of the seed page (/work/shared/seeds/hidoc-home.txt), in its order.
const SEED_PAGE = {
  trendingNews: [
    'A new mechanism of radioresistance formation demonstrated in lung adenocarcinoma',
    'An inhibitor of JAK1 exhibits "remarkable" activity in T-cell lymphoma.',
    'Approval in Endometrial Cancer Expanded; Masks at Cancer Centers; NPR Reporter Dies',
    'Breast cancer surgery: Study finds overnight hospital stay not important for older patients',
    'As compared to proton therapy, proton therapy is very effective in treating esophageal cancer.',
  ],
  latestArticles: [
    'New Hope for Rectal Cancer Patients: Breakthrough Drug Shows Promising Results',
    'Exploring the Latest Treatments for Essential Thrombocythemia',
    'Colon cancer: Risk factors, warning signs and treatment options',
    'Unlocking the Mystery of Hemoglobin C Trait: A Closer Look at a Rare Blood Disorder',
    'Tertiary Lymphoid Structures: Pivotal Players in Cancer Prognosis and Therapeutic Response',
  ],
  upcomingEvents: [
    'International Lung Cancer Congress®',
    'Genito-Urinary Oncology Summit 2026',
    'Future NRG Oncology Meeting',
    'ISMB 2026 (Intelligent Systems for Molecular Biology)',
    'Annual International Congress on the Future of Breast Cancer East',
  ],
  videos: [
    'Thromboprophylaxis In Medical Settings- An Update',
    'Lorlatinib in the Management of 1st line ALK+ mNSCLC (CROWN TRIAL Update)',
    'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part II',
    'Treatment Sequencing Strategies in ALK + NSCLC Patients with CNS Diseases - Part II',
    'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part V',
  ],
};

const SECRET = 'MEMBERS-ONLY-MARKER-7f3a';
const DAY = 86_400_000;

const { db } = testDatabase('seeded', 'content_queries');

async function insertPost(row: Omit<NewPost, 'summary' | 'body'> & { body?: string }) {
  await db.insert(posts).values({ summary: 'A test row.', body: `Lead.\n\n## Part\n\n${SECRET}`, ...row });
}

describe('getHomePage', () => {
  it('returns five of each list in the order of the seed page', async () => {
    const home = await homePage.getHomePage();
    expect(home.trendingNews.map((p) => p.title)).toEqual(SEED_PAGE.trendingNews);
    expect(home.latestArticles.map((p) => p.title)).toEqual(SEED_PAGE.latestArticles);
    expect(home.upcomingEvents.map((e) => e.title)).toEqual(SEED_PAGE.upcomingEvents);
    expect(home.videos.map((v) => v.title)).toEqual(SEED_PAGE.videos);
  });

  it('features Calcinosis with the first paragraph of its body as the lead', async () => {
    const { featured } = await homePage.getHomePage();
    expect(featured?.title).toBe('Calcinosis');
    expect(featured?.slug).toBe('calcinosis');
    expect(featured?.lead).toMatch(/^Calcinosis is a condition in which calcium deposits accumulate/);
    expect(featured?.lead).toMatch(/causes, symptoms, and treatments for calcinosis\.$/);
    expect(featured?.lead).not.toContain('#');
  });

  it('gives each event its zone and a place, and each video its duration', async () => {
    const { upcomingEvents, videos } = await homePage.getHomePage();
    for (const event of upcomingEvents) {
      expect(event.startsAt.getTime()).toBeGreaterThan(Date.now());
      expect(event.timeZone).toMatch(/^[A-Za-z_]+\/[A-Za-z_]+/);
      expect(event.venue ?? event.virtualUrl).toBeTruthy();
    }
    for (const video of videos) expect(video.durationSeconds).toBeGreaterThan(0);
  });
});

describe('getPublishedPostBySlug', () => {
  it('returns the Calcinosis article with a body whose contents are its six sections', async () => {
    const post = await queries.getPublishedPostBySlug('condition', 'calcinosis');
    expect(post?.body).toBeTruthy();
    const { toc } = markdown.renderMarkdown(post?.body ?? '');
    expect(toc.map((t) => t.text)).toEqual(['Overview', 'Causes', 'Symptoms', 'Diagnosis', 'Treatment', 'Outlook']);
    expect(post?.references.length).toBeGreaterThan(0);
    expect(post?.lastReviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('finds a post only under its own kind', async () => {
    expect(await queries.getPublishedPostBySlug('news', 'calcinosis')).toBeNull();
  });

  it('hides drafts, scheduled, archived and future-dated posts', async () => {
    const now = Date.now();
    const hidden = [
      { slug: 'test-draft-post', status: 'draft' as const, publishedAt: null },
      { slug: 'test-scheduled-post', status: 'scheduled' as const, publishedAt: new Date(now + DAY) },
      { slug: 'test-archived-post', status: 'archived' as const, publishedAt: new Date(now - DAY) },
      { slug: 'test-future-post', status: 'published' as const, publishedAt: new Date(now + DAY) },
    ];
    for (const row of hidden) await insertPost({ kind: 'news', title: `Hidden ${row.slug}`, ...row });
    for (const row of hidden) {
      expect(await queries.getPublishedPostBySlug('news', row.slug), row.slug).toBeNull();
    }
    const listed = (await queries.listPublishedPosts('news', { limit: 100 })).map((p) => p.slug);
    for (const row of hidden) expect(listed).not.toContain(row.slug);
  });

  it('shows a post once its publication time has passed', async () => {
    await insertPost({ kind: 'news', slug: 'test-live-post', title: 'Live', status: 'published', publishedAt: new Date(Date.now() - 400 * DAY) });
    const post = await queries.getPublishedPostBySlug('news', 'test-live-post');
    expect(post?.title).toBe('Live');
    expect(post?.body).toContain(SECRET);
  });

  it('never returns the body of a members-only post to an anonymous reader', async () => {
    await insertPost({
      kind: 'article',
      slug: 'test-members-post',
      title: 'For members',
      status: 'published',
      access: 'members',
      publishedAt: new Date(Date.now() - 400 * DAY),
    });
    const post = await queries.getPublishedPostBySlug('article', 'test-members-post');
    expect(post?.title).toBe('For members');
    expect(post?.body).toBeNull();
    expect(JSON.stringify(post)).not.toContain(SECRET);
    const listed = await queries.listPublishedPosts('article', { limit: 100 });
    expect(listed.map((p) => p.slug)).toContain('test-members-post');
    expect(JSON.stringify(listed)).not.toContain(SECRET);
  });

  it('answers null for an address that cannot be a slug', async () => {
    expect(await queries.getPublishedPostBySlug('condition', "calcinosis' or '1'='1")).toBeNull();
    expect(await queries.getPublishedPostBySlug('condition', 'x'.repeat(500))).toBeNull();
  });
});
