import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema by `npm run db:generate` and committed; never edited by hand.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
