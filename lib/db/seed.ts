import type { Database } from './client';

export type SeedOptions = { demoAccounts: boolean };

/** STUB — replaced by the seed slice. Idempotent, one transaction. */
export async function seedDatabase(_db: Database, _options: SeedOptions): Promise<void> {}
