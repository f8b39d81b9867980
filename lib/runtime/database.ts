// Gets a migrated database for the portal: the server named by DATABASE_URL, or else an embedded
// PostgreSQL whose data lives in the git-ignored .data folder. Demo data is loaded into an empty
// embedded database, and into an external one only when asked (`npm run db:seed`).
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
import { freePort } from './free-port';
import { applyMigrations } from './migrate';
import { DATA_DIR, APP_DATABASE } from './paths';
import { seedDemoData } from '../../prisma/seed/demo-data';

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedServer | null;
  seeded: boolean;
}

async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const result = await client.query('SELECT EXISTS (SELECT 1 FROM units) AS has_units');
    return !result.rows[0].has_units;
  } finally {
    await client.end();
  }
}

export type SeedPolicy = 'never' | 'ifEmbeddedAndEmpty' | 'ifEmpty';

export async function prepareDatabase(seed: SeedPolicy, log: (line: string) => void): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL;
  let embedded: EmbeddedServer | null = null;
  if (!url) {
    // PG_PORT=auto picks a free port (tests); the default is one other programs rarely hold.
    const port = process.env.PG_PORT === 'auto' ? await freePort() : Number(process.env.PG_PORT ?? 54329);
    log(`starting embedded PostgreSQL on port ${port} (data in ${path.relative(process.cwd(), DATA_DIR) || '.'}/postgres)`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port, persistent: true });
    await ensureDatabase(embedded.adminUrl, APP_DATABASE);
    url = embedded.urlFor(APP_DATABASE);
  }
  try {
    const applied = await applyMigrations(url, log);
    if (applied.length === 0) log('database schema is up to date');
    let seeded = false;
    const wantsSeed = seed === 'ifEmpty' || (seed === 'ifEmbeddedAndEmpty' && embedded !== null);
    if (wantsSeed && (await isEmpty(url))) {
      log('loading demo data…');
      const counts = await seedDemoData(url, log);
      log(`demo data loaded: ${counts.units} units, ${counts.members} active members`);
      seeded = true;
    }
    return { url, embedded, seeded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
