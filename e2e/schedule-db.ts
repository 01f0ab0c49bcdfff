import postgres from 'postgres';

/*
 * Rows the cache-tag and scheduling specs insert straight into the e2e database: there is no
 * admin screen in this part yet, and what is under test is what readers see once the
 * launcher's scheduler (lib/cli/publish-scheduler.ts) revalidates an item whose time came.
 */
const url = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;

let sql: postgres.Sql | undefined;
export function database(): postgres.Sql {
  if (!url) throw new Error('Set E2E_DATABASE_URL to run the e2e suite.');
  sql ??= postgres(url, { max: 1, onnotice: () => {} });
  return sql;
}

/** A name no other spec or run uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function insertSpecialty(slug: string): Promise<number> {
  const [row] = await database()<{ id: number }[]>`insert into specialties (slug, name) values (${slug}, ${`Specialty ${slug}`}) returning id`;
  return row!.id;
}

export async function insertPost(post: {
  kind: 'news' | 'article' | 'condition';
  slug: string;
  title: string;
  specialtyId?: number | null;
  status: 'published' | 'scheduled';
  publishedAt: Date;
}): Promise<void> {
  await database()`
    insert into posts (kind, slug, title, summary, body, status, published_at, specialty_id)
    values (${post.kind}, ${post.slug}, ${post.title}, ${`Summary of ${post.title}.`}, ${`Body of ${post.title}.`},
            ${post.status}, ${post.publishedAt}, ${post.specialtyId ?? null})`;
}

export async function insertSeries(slug: string): Promise<number> {
  const [row] = await database()<{ id: number }[]>`
    insert into video_series (slug, title, summary) values (${slug}, ${`Series ${slug}`}, 'A test series.') returning id`;
  return row!.id;
}

export async function insertVideo(video: {
  slug: string;
  title: string;
  seriesId: number;
  partNumber: number;
  status: 'published' | 'scheduled';
  publishedAt: Date;
}): Promise<void> {
  await database()`
    insert into videos (slug, title, summary, body, provider, provider_video_id, series_id, part_number, status, published_at)
    values (${video.slug}, ${video.title}, 'A test video.', 'About the talk.', 'youtube', 'abcdefghijk',
            ${video.seriesId}, ${video.partNumber}, ${video.status}, ${video.publishedAt})`;
}
