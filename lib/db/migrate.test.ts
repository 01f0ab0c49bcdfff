import { inject, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { migrateDatabase } from './migrate';
import { createScratchDatabase } from './test/scratch';

describe('migrations', () => {
  it('apply to an empty database, and again without change', async () => {
    const scratch = await createScratchDatabase(inject('adminDatabaseUrl'));
    try {
      await migrateDatabase(scratch.url);
      await migrateDatabase(scratch.url);
      const sql = postgres(scratch.url, { max: 1 });
      const tables = await sql<{ name: string }[]>`
        select table_name as name from information_schema.tables where table_schema = 'public' order by 1`;
      await sql.end();
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['users', 'posts', 'events', 'videos', 'video_series', 'cme_activities', 'cme_certificates',
          'legal_documents', 'legal_acceptances', 'daily_views', 'bookmarks', 'audit_log', 'rate_limit_buckets', 'mail_outbox',
          'auth_tokens', 'post_revisions', 'specialties', 'cme_questions', 'cme_options', 'cme_attempts']),
      );
    } finally {
      await scratch.drop();
    }
  });
});
