// The portal's own data functions, called in this process against the bench database, so the
// "database" figure is what findMembers, listUnits, getDashboard… cost as they stand today (no copy
// of their SQL to drift). The benchmark runs under the `react-server` export condition (package.json's
// bench script), which is what lets their `server-only` imports load outside Next.js. lib/db.ts keeps
// one Prisma client on globalThis; we put ours there first, built on a pool that records every
// statement it sends, so the EXPLAIN "work" figure measures exactly the app's SQL.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { createStatementNamer } from '../../lib/runtime/statement-names';
import type { Sql } from './floors';

export async function openAppData(url: string, statementTimeoutMs: number) {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000, options: `-c statement_timeout=${statementTimeoutMs}` });
  pool.on('error', () => {});
  let recording: Sql[] | null = null;
  const send = pool.query.bind(pool) as (config: unknown, values?: unknown) => Promise<pg.QueryResult>;
  // The Prisma adapter sends every statement through pool.query({ text, values, … }).
  pool.query = ((config: unknown, values?: unknown) => {
    if (recording && typeof config === 'object' && config && 'text' in config) {
      const c = config as { text: string; values?: unknown[] };
      recording.push({ text: c.text, values: c.values ?? (values as unknown[] | undefined) ?? [] });
    }
    return send(config, values);
  }) as typeof pool.query;
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: createStatementNamer() }) });
  (globalThis as { prisma?: PrismaClient }).prisma = prisma;

  // Imported only now: lib/db.ts must find the client above instead of opening its own.
  const [members, units, dashboard, targets, auth] = await Promise.all([
    import('../../lib/members/data'),
    import('../../lib/units/data'),
    import('../../lib/dashboard/data'),
    import('../../lib/targets/data'),
    import('../../lib/auth/data'),
  ]);

  return {
    findMembers: members.findMembers,
    listUnits: units.listUnits,
    listChildrenWithCounts: units.listChildrenWithCounts,
    getDashboard: dashboard.getDashboard,
    asOfFor: targets.asOfFor,
    listChildUnits: targets.listChildUnits,
    readFigures: targets.readFigures,
    listTargetsOf: targets.listTargetsOf,
    readDashboardChildren: targets.readDashboardChildren,
    loadActor: auth.loadActor,
    /** The statements one call sends, in order. */
    async statementsOf(call: () => Promise<unknown>): Promise<Sql[]> {
      recording = [];
      try {
        await call();
        return recording;
      } finally {
        recording = null;
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

export type AppData = Awaited<ReturnType<typeof openAppData>>;
