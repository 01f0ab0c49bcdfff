import { defineConfig } from 'drizzle-kit';

// Generating migrations needs no database: drizzle-kit diffs the schema against drizzle/.
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema/index.ts',
  out: './drizzle',
  strict: true,
});
