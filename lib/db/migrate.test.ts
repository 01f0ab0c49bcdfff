import { describe, expect, it } from 'vitest';
import { migrateDatabase } from './migrate';
import { testDatabase } from './test/database';

describe('migrations', () => {
  const database = testDatabase('empty', 'migrate_test');

  it('apply to an empty database, and again without change', async () => {
    await migrateDatabase(database.url);
    await migrateDatabase(database.url);
    const tables = await database.sql<{ name: string }[]>`
      select table_name as name from information_schema.tables where table_schema = 'public' order by 1`;
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['users', 'posts', 'events', 'videos', 'video_series', 'cme_activities', 'cme_certificates',
        'legal_documents', 'legal_acceptances', 'daily_views', 'bookmarks', 'audit_log', 'rate_limit_buckets', 'mail_outbox',
        'auth_tokens', 'revisions', 'specialties', 'cme_questions', 'cme_options', 'cme_attempts']),
    );
  });
});
