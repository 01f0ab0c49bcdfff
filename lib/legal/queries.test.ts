import { describe, expect, it } from 'vitest';
import { legalDocuments } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import * as legal from './queries';

// A database of its own: the versions added here must not change what other files read.
const { db } = testDatabase('seeded', 'legal_queries');

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function addVersion({ entity, version, effectiveDate, publishedAt }: { entity: 'llp' | 'inc'; version: number; effectiveDate: string; publishedAt: Date | null }) {
  await db.insert(legalDocuments).values({
    kind: 'terms',
    entity,
    version,
    title: `Terms v${version}`,
    body: `## Terms\n\nVersion ${version}.`,
    effectiveDate,
    publishedAt,
  });
}

describe('getCurrentLegalDocument', () => {
  it('returns each of the four seeded documents', async () => {
    for (const kind of ['terms', 'privacy'] as const) {
      for (const entity of ['llp', 'inc'] as const) {
        const doc = await legal.getCurrentLegalDocument(kind, entity);
        expect(doc, `${kind}/${entity}`).not.toBeNull();
        expect(doc?.kind).toBe(kind);
        expect(doc?.entity).toBe(entity);
        expect(doc?.body.length).toBeGreaterThan(500);
      }
    }
  });

  it('moves to a newer version once it is published and in effect', async () => {
    await addVersion({ entity: 'inc', version: 2, effectiveDate: isoDay(-1), publishedAt: new Date(Date.now() - 60_000) });
    expect((await legal.getCurrentLegalDocument('terms', 'inc'))?.version).toBe(2);
  });

  it('keeps showing the current version while a newer one waits for its effective date or is unpublished', async () => {
    await addVersion({ entity: 'llp', version: 2, effectiveDate: isoDay(30), publishedAt: new Date() });
    await addVersion({ entity: 'llp', version: 3, effectiveDate: isoDay(-1), publishedAt: null });
    expect((await legal.getCurrentLegalDocument('terms', 'llp'))?.version).toBe(1);
  });
});

describe('legal address parts', () => {
  it('accepts only the kinds and entities of the footer', () => {
    expect(legal.isLegalKind('terms') && legal.isLegalKind('privacy')).toBe(true);
    expect(legal.isLegalEntity('llp') && legal.isLegalEntity('inc')).toBe(true);
    expect(legal.isLegalKind('cookies')).toBe(false);
    expect(legal.isLegalEntity('INC')).toBe(false);
  });
});
