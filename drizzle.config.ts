import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations into drizzle/; wrangler applies them (`wrangler d1 migrations apply`).
export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle',
	dialect: 'sqlite'
});
