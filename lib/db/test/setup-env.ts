import { inject } from 'vitest';

// Runs in each test worker before the test file is imported, so lib/env.ts sees the
// run's own database and never the demo data or a developer's DATABASE_URL.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.DATABASE_POOL_SIZE = '4';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** A URL on the same server with rights to create and drop databases. */
    adminDatabaseUrl: string;
  }
}

// Session cookies in tests are real next-auth cookies (lib/db/test/next-request.ts), sealed with this.
process.env.NEXTAUTH_SECRET ??= 'vitest-only-secret-vitest-only-secret-0123';
