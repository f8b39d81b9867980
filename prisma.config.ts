// Prisma 7 reads its CLI settings from here, not from .env. Only `generate` and `validate` run on
// machines without Prisma's schema engine; migrations are applied by lib/db/migrate.ts instead.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx lib/runtime/seed-cli.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/union_portal' },
});
