// `npm run db:generate -- --profile ward|province|national`: fills a database with a deterministic,
// realistic data set for the benchmark (issue 7). See README, "Performance", and BENCHMARKS.md.
// Steps: open the target (embedded: a fresh database), migrate, drop the big tables' secondary
// indexes, load everything in bulk (COPY) with foreign keys and triggers off, rebuild the indexes and
// the target rollups side by side (the rollups in chunks on two connections: rollups.ts), VACUUM
// ANALYZE, and print rows/s per table. package.json runs it with a larger young generation
// (--max-semi-space-size=64): the generator allocates short-lived strings for 26 million rows, and
// the default cost it about 15 % of its CPU in garbage collection (measured on the province profile).
import pg from 'pg';
import { applyMigrations } from '../../lib/runtime/migrate';
import { hashPassword } from '../../lib/auth/password';
import { BulkWriter, TableStats, dropSecondaryIndexes, rebuildIndexes } from './bulk';
import { generateHonours } from './honours';
import { loadTree } from './load-tree';
import { generatePeople } from './people';
import { parseProfile } from './profiles';
import { openTarget, withClient, BENCH_DATABASE } from './target';
import { buildTree } from './tree';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './accounts';
import { generateTargets } from './targets';
import { rebuildRollupsInParallel } from './rollups';

const SEED = 20_261_130;
const log = (line: string) => console.log(`[generate ${new Date().toISOString().slice(11, 19)}] ${line}`);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const BIG_TABLES = ['units', 'members', 'memberships', 'awards', 'initiatives', 'initiative_authors', 'unit_path_history', 'unit_parent_links', 'unit_events'];

async function main() {
  const profile = parseProfile(process.argv.slice(2));
  const started = performance.now();
  const target = await openTarget(profile.name, log);
  try {
    if (target.adminUrl) {
      // A bench database is disposable: every run starts from an empty one.
      await withClient(target.adminUrl, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${BENCH_DATABASE}`);
        // Fewer checkpoints during the load; a bench server has nothing else to protect.
        await c.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
        await c.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
        await c.query('SELECT pg_reload_conf()');
      });
    }
    await applyMigrations(target.url, log);
    await generate(target.url, profile, started);
  } finally {
    await target.embedded?.stop();
  }
  log(`done in ${seconds(started)} s`);
}

async function generate(url: string, profile: ReturnType<typeof parseProfile>, started: number) {
  const control = new pg.Client({ connectionString: url, connectionTimeoutMillis: 120_000 });
  await control.connect();
  const { rows: [state] } = await control.query<{ super: boolean; units: boolean }>(
    'SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super, EXISTS (SELECT 1 FROM units) AS units',
  );
  if (state.units) throw new Error('The target database already has units; generate into an empty, migrated database.');

  const t0 = performance.now();
  const tree = buildTree(profile, SEED);
  log(`tree: ${tree.units.length} units (${tree.grassroots.length} grassroots) planned in ${seconds(t0)} s`);

  // Foreign keys and triggers (the target rollups' among them) off while loading: a superuser session in
  // replica mode skips both; otherwise user triggers are disabled and foreign keys dropped and re-added.
  const triggers = await control.query<{ table: string }>(
    `SELECT DISTINCT tgrelid::regclass::text AS table FROM pg_trigger WHERE NOT tgisinternal`,
  );
  const foreignKeys = state.super ? [] : (await control.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f'`,
  )).rows;
  for (const fk of foreignKeys) await control.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  if (!state.super) for (const t of triggers.rows) await control.query(`ALTER TABLE ${t.table} DISABLE TRIGGER USER`);
  const indexes = await dropSecondaryIndexes(control, BIG_TABLES);
  log(`loading with ${indexes.length} secondary indexes dropped, ${state.super ? 'replica mode (no foreign key checks or triggers)' : 'foreign keys dropped, user triggers disabled'}`);

  const pool = new pg.Pool({
    // Generous: at nice 19 on a busy machine a new backend can take many seconds to start.
    connectionString: url, max: 3, connectionTimeoutMillis: 120_000,
    options: `-c synchronous_commit=off${state.super ? ' -c session_replication_role=replica' : ''}`,
  });
  // Idle connections see the embedded server stop at the end; that is not a failure of the load.
  pool.on('error', () => {});
  const stats = new TableStats();
  const writer = new BulkWriter(pool, stats);
  try {
    const t1 = performance.now();
    await loadTree(tree, writer);
    await writer.flush();
    log(`tree written in ${seconds(t1)} s`);
    const t2 = performance.now();
    const cpu2 = process.cpuUsage();
    const people = await generatePeople(tree, writer, SEED + 1, log);
    await writer.flush();
    // The generator's own CPU beside the wall time: the load is paced by whichever of Node and PostgreSQL is busier.
    const cpu = process.cpuUsage(cpu2);
    log(`${people.active} active and ${people.left} former members (${people.transfers} transferred in, ${people.rejoins} rejoined), ${people.memberships} membership periods in ${seconds(t2)} s (generator CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`);
    const t3 = performance.now();
    const honours = await generateHonours(control, tree, people.firstMember, writer, SEED + 2);
    await writer.flush();
    log(`${honours.decisions} award decisions, ${honours.awards} awards, ${honours.initiatives} initiatives in ${seconds(t3)} s`);
    await insertAccounts(control, tree);

    // The rollup rebuild reads members by primary key and memberships by unit: the indexes of every
    // table but members are built first, then members' dozen (about 330 s of CPU nationally) on one
    // connection while the rollups take the other two, and on two once the rollups are done. Each
    // phase alone left a core idle for minutes (the rollups' levels and current figures run on one).
    const t4 = performance.now();
    const membersIndexes = indexes.filter((def) => / ON (public\.)?members /.test(def));
    const first = indexes.filter((def) => !membersIndexes.includes(def));
    log(`rebuilding ${first.length} indexes…`);
    await rebuildIndexes(pool, first, 2, log);
    log(`indexes rebuilt in ${seconds(t4)} s`);
    for (const fk of foreignKeys) await control.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.def}`);
    if (!state.super) for (const t of triggers.rows) await control.query(`ALTER TABLE ${t.table} ENABLE TRIGGER USER`);
    for (const table of ['units', 'members', 'award_decisions', 'initiatives']) {
      await control.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT COALESCE(max(id), 1) FROM ${table}))`);
    }
    // Statistics first (a sample, seconds): the rebuild's joins are planned on them, and ANALYZE
    // would wait for an index build on the same table.
    const t5 = performance.now();
    await control.query('ANALYZE');
    log(`ANALYZE in ${seconds(t5)} s`);
    const t6 = performance.now();
    log(`rebuilding ${membersIndexes.length} indexes of members beside the rollups…`);
    const membersIndexesBuilt = rebuildIndexes(pool, membersIndexes, 1, log);
    membersIndexesBuilt.catch(() => {}); // awaited below; a failure meanwhile is not unhandled
    const rebuilt = await refreshRollups(pool);
    const t7 = performance.now();
    log(`${await generateTargets(control)} targets of the current year in ${seconds(t7)} s`);
    if (rebuilt) {
      // After the targets: each current row keeps its unit's line of its parent's dashboard, targets included.
      const t7b = performance.now();
      await control.query('SELECT target_current_rebuild()');
      log(`current figures and dashboard lines in ${seconds(t7b)} s`);
    }
    await Promise.all([membersIndexesBuilt, rebuildIndexes(pool, membersIndexes, 1, log)]);
    log(`indexes of members and rollups done in ${seconds(t6)} s`);
    const t8 = performance.now();
    // Index-only scans need the visibility map, and the planner needs statistics: as a live system would have.
    await control.query('VACUUM (ANALYZE)');
    log(`VACUUM ANALYZE in ${seconds(t8)} s`);
  } finally {
    await pool.end();
    await control.end();
  }
  console.log(`\nrows per table (wall time while loading, overlapping):\n${stats.lines().join('\n')}`);
  const total = [...stats.rows.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${'all tables'.padEnd(24)} ${String(total).padStart(11)} rows in ${seconds(started)} s overall (${Math.round(total / ((performance.now() - started) / 1000))} rows/s)\n`);
}

/**
 * The target rollups are kept by triggers, which were off while loading: rebuild them once from the
 * tables, the chunks on two connections (the same rows as target_rollups_rebuild(), which runs them
 * one after another in one transaction). The current figures are rebuilt after the targets (their
 * rows hold each unit's line of its parent's dashboard, targets included).
 */
async function refreshRollups(pool: pg.Pool): Promise<boolean> {
  const { rows: [{ exists }] } = await pool.query<{ exists: boolean }>(
    `SELECT to_regprocedure('target_rebuild_chunk(bigint, bigint)') IS NOT NULL AS exists`,
  );
  if (!exists) {
    log('no target_rebuild_chunk() in this database: no rollups to rebuild');
    return false;
  }
  const started = performance.now();
  const times = await rebuildRollupsInParallel(pool, { connections: 2, membersPerChunk: 150_000, log, current: false });
  log(`target rollups rebuilt in ${seconds(started)} s: periods ${times.beginSeconds.toFixed(1)} s, `
    + `${times.chunks} chunks on 2 connections ${times.chunksSeconds.toFixed(1)} s, levels ${times.finishSeconds.toFixed(1)} s`);
  return true;
}

async function insertAccounts(client: pg.Client, tree: ReturnType<typeof buildTree>) {
  const hash = await hashPassword(BENCH_PASSWORD);
  for (const account of BENCH_ACCOUNTS) {
    const unit = account.pick(tree);
    const { rows } = await client.query<{ id: number }>(
      'INSERT INTO users (email, username, display_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [`${account.username}@bench.invalid`, account.username, account.displayName, hash],
    );
    await client.query('INSERT INTO role_grants (user_id, unit_id, role) VALUES ($1, $2, $3)', [rows[0].id, unit.id, account.role]);
  }
}

main().catch((error) => {
  console.error(`[generate] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
