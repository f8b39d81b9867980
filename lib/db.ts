// The Prisma client, the only way in to the database. Prisma 7 talks to PostgreSQL through the
// node-postgres driver adapter; pg has no connect timeout by default, so one is set here, and it
// names the statements marked `prepared` so that each connection prepares and plans them once
// (lib/runtime/statement-names.ts says which may be marked).
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { createStatementNamer, PREPARED_MARK } from '@/lib/runtime/statement-names';

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set (start the portal with `npm start`).');
  const adapter = new PrismaPg(
    { connectionString, connectionTimeoutMillis: 5_000, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    { statementNameGenerator: createStatementNamer() },
  );
  return new PrismaClient({ adapter });
}

// One client per process; dev mode's hot reload would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;

/** Put first in a raw query whose one plan serves every value: it is prepared once per connection. */
export const prepared = Prisma.raw(PREPARED_MARK);

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
