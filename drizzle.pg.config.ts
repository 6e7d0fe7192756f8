import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/pg/schema/index.ts',
  out: './migrations-pg',
  strict: true,
  verbose: true,
});
