// A throwaway embedded PostgreSQL for a test run: fresh data folder, free port, deleted on stop.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../lib/runtime/embedded-postgres';
import { applyMigrations } from '../../lib/runtime/migrate';
import { freePort } from '../../lib/runtime/free-port';

export async function startTestCluster(label: string): Promise<EmbeddedServer> {
  const base = mkdtempSync(path.join(os.tmpdir(), `portal-${label}-`));
  return startEmbeddedPostgres({ dataDir: path.join(base, 'data'), port: await freePort(), persistent: false });
}

export async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `name` and applies every migration to it. */
export async function createMigratedDatabase(server: EmbeddedServer, name: string): Promise<string> {
  await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
  const url = server.urlFor(name);
  await applyMigrations(url);
  return url;
}
