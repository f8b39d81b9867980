// The database the generator fills and the benchmark reads: DATABASE_URL when set, otherwise an
// embedded PostgreSQL whose data lives in the git-ignored .data-bench/<profile> folder. The port is
// BENCH_PG_PORT (or PG_PORT), so the generator and the benchmark find the same server.
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../lib/runtime/embedded-postgres';
import type { ProfileName } from './profiles';

export const BENCH_DATABASE = 'union_portal_bench';

export interface BenchTarget {
  url: string;
  embedded: EmbeddedServer | null;
  /** Only for an embedded server: the generator may drop and recreate the database. */
  adminUrl: string | null;
  dataDir: string;
}

export function benchDataDir(profile: ProfileName): string {
  return path.resolve(process.env.BENCH_DATA_DIR ?? '.data-bench', profile);
}

/**
 * The generated data's server gets a quarter of the machine's memory as shared buffers, as a
 * production PostgreSQL would (BENCH_PG_SHARED_BUFFERS overrides): the default 128 MB holds a
 * fraction of the national data set's hot pages, and every other page then comes from the
 * operating system's cache at several times the cost.
 */
function sharedBuffers(): string {
  return process.env.BENCH_PG_SHARED_BUFFERS ?? `${Math.max(128, Math.floor(os.totalmem() / 4 / 1048576))}MB`;
}

export async function openTarget(profile: ProfileName, log: (line: string) => void): Promise<BenchTarget> {
  const dataDir = benchDataDir(profile);
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null, adminUrl: null, dataDir };
  const port = Number(process.env.BENCH_PG_PORT ?? process.env.PG_PORT ?? 55150);
  log(`starting embedded PostgreSQL on port ${port} (data in ${path.relative(process.cwd(), dataDir)}/postgres)`);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port, persistent: true, settings: { shared_buffers: sharedBuffers() } });
  return { url: embedded.urlFor(BENCH_DATABASE), embedded, adminUrl: embedded.adminUrl, dataDir };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
