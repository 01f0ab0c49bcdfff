import 'server-only';
import { asc } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import { specialties, videoSeries } from '@/lib/db/schema';

/** The specialties for an editor's select, by name: [id, name]. */
export async function listSpecialtyOptions(): Promise<Array<readonly [string, string]>> {
  const rows = await db.select({ id: specialties.id, name: specialties.name }).from(specialties).orderBy(asc(specialties.name));
  return rows.map((row) => [String(row.id), row.name] as const);
}

/** The video series for a video's select, by title: [id, title]. */
export async function listSeriesOptions(): Promise<Array<readonly [string, string]>> {
  const rows = await db.select({ id: videoSeries.id, title: videoSeries.title }).from(videoSeries).orderBy(asc(videoSeries.title));
  return rows.map((row) => [String(row.id), row.title] as const);
}
