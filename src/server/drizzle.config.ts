import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --config src/server/drizzle.config.ts` after changing the schema.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './src/server/migrations',
});
