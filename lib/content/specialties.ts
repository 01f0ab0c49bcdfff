import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { specialties } from '@/lib/db/schema';
import { isSlug } from './slug';

/* Public reads of the specialties themselves; what each one holds is read per kind. */

/** A specialty as an item names it: enough for a link. */
export type SpecialtyRef = { slug: string; name: string };

export type SpecialtySummary = { slug: string; name: string; description: string };

/** A row's joined specialty columns as a reference, or null when it has none. */
export function toSpecialtyRef(slug: string | null, name: string | null): SpecialtyRef | null {
  return slug && name ? { slug, name } : null;
}

const columns = { slug: specialties.slug, name: specialties.name, description: specialties.description };

/** Every specialty, by name. */
export async function listSpecialties(): Promise<SpecialtySummary[]> {
  return db.select(columns).from(specialties).orderBy(asc(specialties.name));
}

/** One specialty, or null for an unknown slug. Shared by a page and its metadata. */
export const getSpecialtyBySlug = cache(async function getSpecialtyBySlug(slug: string): Promise<SpecialtySummary | null> {
  if (!isSlug(slug, 80)) return null;
  const [row] = await db.select(columns).from(specialties).where(eq(specialties.slug, slug)).limit(1);
  return row ?? null;
});
