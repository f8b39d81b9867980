// `npm run bench -- --profile ward|province|national`: the performance benchmark of issue 7. Starts
// the embedded PostgreSQL holding the generated data (`npm run db:generate` first) or uses
// DATABASE_URL, starts the production build against it, signs in the generated bench accounts with a
// minted session cookie and measures each operation: page time (client-side, to the last byte, on
// loopback), database time (the portal's own data functions called in this process against the same
// database, warm cache; app-data.ts) and the raw-SQL floor of the same question, then checks the
// issue's targets. Runs under the `react-server` condition (package.json) so `server-only` loads.
import pg from 'pg';
import { applyMigrations } from '../../lib/runtime/migrate';
import { parseProfile } from '../../prisma/generate/profiles';
import { openTarget } from '../../prisma/generate/target';
import { PREPARED_MARK } from '../../lib/runtime/statement-names';
import { Report, type Work } from './report';
import { summarise, timeRuns, type Summary } from './measure';
import { getPage, sessionCookie } from './client';
import { startPortal } from './server';
import { timeRunsWithCpu } from './cpu';
import { openAppData, type AppData } from './app-data';
import type { Bench, BenchUser } from './context';
import type { Sql } from './floors';
import { benchMemberPages } from './member-ops';
import { benchRegister } from './register-ops';
import { benchUnitPages } from './unit-ops';
import { benchDashboards } from './dashboard-ops';
import { benchImport } from './import-ops';
import { benchExport } from './export-ops';

// 100 timed runs a figure: of 30, the p95 was the second-worst sample, and on this VM it moved 2×
// from one run of the bench to the next while the p50 held.
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3150);
const STATEMENT_TIMEOUT_MS = Number(process.env.BENCH_STATEMENT_TIMEOUT_MS ?? 30_000);
const log = (line: string) => console.log(`[bench] ${line}`);

/** The operation groups, in running order; `--only members,dashboards` runs some of them (the recount always runs). */
const GROUPS = ['members', 'register', 'units', 'dashboards', 'export', 'import'] as const;
type Group = (typeof GROUPS)[number];

function parseOnly(argv: string[]): Set<Group> {
  const i = argv.indexOf('--only');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (value === undefined) return new Set(GROUPS);
  const picked = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = picked.filter((name) => !(GROUPS as readonly string[]).includes(name));
  if (unknown.length > 0 || picked.length === 0) throw new Error(`--only takes a comma-separated list of: ${GROUPS.join(', ')} (got "${value}")`);
  return new Set(picked as Group[]);
}

/** Times a floor's statements, sent together on separate connections. */
function sqlTimer(pool: pg.Pool) {
  return async (statements: Sql[], runs = RUNS): Promise<Summary> =>
    summarise(await timeRuns(runs, () => Promise.all(statements.map((s) => pool.query(s.text, s.values)))));
}

/**
 * The work a question does, independent of how busy the machine is: shared buffers (8 kB pages) hit
 * or read, and the server's time (execution, and planning unless prepared), from EXPLAIN (ANALYZE, BUFFERS) of each statement:
 * without per-node timing (its clock reads cost more than a fast plan's work), the middle of three runs;
 * and the size of what the statements return, from one plain run.
 */
function workMeter(pool: pg.Pool) {
  return async (statements: Sql[]): Promise<Work> => {
    let pages = 0;
    let serverMs = 0;
    let bytes = 0;
    // Only queries can be explained (a transaction's BEGIN or a SET cannot); a comment may lead
    // (`/* prepared */`, lib/db.ts).
    for (const s of statements.filter((s) => /^\s*(\/\*.*?\*\/\s*)*(SELECT|WITH)\b/is.test(s.text))) {
      const runs: { pages: number; ms: number }[] = [];
      for (let i = 0; i < 3; i++) {
        const { rows } = await pool.query<{ 'QUERY PLAN': [{ Plan: Record<string, number>; 'Execution Time': number; 'Planning Time': number }] }>(
          `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ${s.text}`, s.values);
        const [top] = rows[0]['QUERY PLAN'];
        // An unnamed statement is planned on every call, so its planning is part of its time; a
        // prepared one (PREPARED_MARK) is planned once per connection.
        const planningMs = s.text.includes(PREPARED_MARK) ? 0 : top['Planning Time'];
        runs.push({ pages: (top.Plan['Shared Hit Blocks'] ?? 0) + (top.Plan['Shared Read Blocks'] ?? 0), ms: top['Execution Time'] + planningMs });
      }
      pages += runs[2].pages;
      serverMs += runs.map((r) => r.ms).sort((a, b) => a - b)[1];
      // What the statement sends back, as the text of its values: what the app then receives and parses.
      const { rows } = await pool.query<unknown[]>({ text: s.text, values: s.values, rowMode: 'array', types: { getTypeParser: () => (value: string) => value } });
      for (const row of rows) for (const value of row) if (typeof value === 'string') bytes += Buffer.byteLength(value);
    }
    return { pages, serverMs, bytes };
  };
}

async function main() {
  const profile = parseProfile(process.argv.slice(2));
  const only = parseOnly(process.argv.slice(2));
  const target = await openTarget(profile.name, log);
  // A statement that runs past the timeout fails its operation rather than stalling the whole run.
  const pool = new pg.Pool({ connectionString: target.url, max: 6, connectionTimeoutMillis: 10_000, options: `-c statement_timeout=${STATEMENT_TIMEOUT_MS}` });
  // Idle connections see the server stop at the end; that is not an error of the benchmark.
  pool.on('error', () => {});
  let portal: Awaited<ReturnType<typeof startPortal>> | null = null;
  let app: AppData | null = null;
  let failed = 0;
  try {
    // Data generated before a new migration (an index) gets it here, as `npm start` would apply it.
    await applyMigrations(target.url, log);
    const q = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await pool.query<T>(text, values)).rows;
    const [{ members }] = await q<{ members: string }>('SELECT count(*) AS members FROM members WHERE unit_id IS NOT NULL');
    if (Number(members) === 0) throw new Error(`no data: run npm run db:generate -- --profile ${profile.name} first`);
    // Earlier runs leave their writes behind: the import's COPY floor rolls back 50,000 rows into
    // members and memberships every run, and the import adds 50,000 more. Until a vacuum, their
    // index entries send a walk of the name order to the heap (48,290 heap fetches in 151,162
    // entries for "thi lan" after ten runs: 172 ms instead of 116). Every run starts from the state
    // autovacuum keeps (migration 20261205100000) rather than from its predecessors' debris.
    const vacuumStart = performance.now();
    const vacuumer = await pool.connect();
    try {
      await vacuumer.query('SET statement_timeout = 0');
      await vacuumer.query('VACUUM (ANALYZE) members, memberships');
      await vacuumer.query('RESET statement_timeout');
    } finally {
      vacuumer.release();
    }
    log(`members and memberships vacuumed in ${((performance.now() - vacuumStart) / 1000).toFixed(1)} s`);
    const accounts = new Map(
      (await q<BenchUser>(
        `SELECT u.username, u.id, g.unit_id, un.path FROM users u JOIN role_grants g ON g.user_id = u.id JOIN units un ON un.id = g.unit_id WHERE u.username LIKE 'bench.%'`,
      )).map((r) => [r.username, r]),
    );
    const need = (name: string) => accounts.get(name) ?? (() => { throw new Error(`no ${name} account: regenerate the data`); })();
    const users = { admin: need('bench.admin'), province: need('bench.province'), ward: need('bench.ward'), chair: need('bench.chair') };

    app = await openAppData(target.url, STATEMENT_TIMEOUT_MS);
    portal = await startPortal(target.url, PORT, log);
    const { baseUrl } = portal;
    const cookies = new Map<string, string>();
    for (const [name, user] of accounts) cookies.set(name, await sessionCookie(portal.secret, user.id));
    const cookie = (name: string) => cookies.get(name)!;
    const timer = sqlTimer(pool);
    const meter = workMeter(pool);
    const works: Work[] = [];
    const appData = app;
    const bench: Bench = {
      report: new Report(), pool, q, app: appData, baseUrl, serverPid: portal.pid, frameworkCpuMs: NaN, users, cookie, runs: RUNS, loadSeconds: LOAD_SECONDS, log,
      page: (who, path, runs = RUNS) =>
        timeRunsWithCpu(bench.serverPid, runs, async () => {
          if (!(await getPage(baseUrl, cookie(who), path))) throw new Error(`GET ${path} as ${who} did not answer 200`);
        }),
      appTime: async (call, runs = RUNS) => {
        const summary = summarise(await timeRuns(runs, call));
        works.push(await meter(await appData.statementsOf(call)));
        return summary;
      },
      floorTime: async (statements, runs = RUNS) => {
        const summary = await timer(statements, runs);
        works.push(await meter(statements));
        return summary;
      },
      lastWork: () => ({ app: works.at(-2), floor: works.at(-1) }),
    };
    const { report } = bench;
    console.log(`\nProfile ${profile.name}: ${Number(members).toLocaleString('en')} active members; ${RUNS} timed runs per figure after ${process.env.BENCH_WARMUP ?? 3} warm-up runs\n`);

    // The page floor, as the raw-SQL floor is the statements': the sign-in page, signed out, reads
    // nothing from the database, so its CPU is what Next.js and React cost this server per request.
    // Fifty requests first: on a fresh server V8 is still compiling the renderer's hot code on its
    // own threads, which a handful of warm-up requests leave in the CPU figure.
    const signInPage = async () => {
      if (!(await getPage(baseUrl, '', '/login'))) throw new Error('GET /login did not answer 200');
    };
    for (let i = 0; i < 50; i++) await signInPage();
    const signIn = await timeRunsWithCpu(portal.pid, RUNS, signInPage);
    bench.frameworkCpuMs = signIn.cpuMs ?? NaN;
    report.operation('the framework alone: the sign-in page, signed out (no database read)', { page: signIn });

    if (only.has('members')) await benchMemberPages(bench);
    if (only.has('register')) await benchRegister(bench);
    if (only.has('units')) await benchUnitPages(bench);
    if (only.has('dashboards')) await benchDashboards(bench);
    // Export and import on a fresh server (same secret, so the cookies hold): their memory figures are
    // then the server's own plus theirs, not the heap the load runs above left behind. They come last
    // because the import adds its rows to the province: the figures above are of the generated data.
    if (only.has('export') || only.has('import')) {
      await portal.stop();
      portal = await startPortal(target.url, PORT, log, portal.secret);
      bench.serverPid = portal.pid;
      if (only.has('export')) await benchExport(bench);
      if (only.has('import')) await benchImport(bench);
    }

    // ── Counters and path history against a full recount, after the writes above ──
    const started = performance.now();
    // A national recount reads every membership: one connection without the statement timeout.
    const recounter = await pool.connect();
    await recounter.query('SET statement_timeout = 0');
    const rc = async <T extends pg.QueryResultRow>(text: string) => (await recounter.query<T>(text)).rows;
    const [recount] = await rc<{ wrong: string; units: string }>(`
      SELECT count(*) FILTER (WHERE COALESCE(c.active_members, 0) <> COALESCE(r.n, 0) OR COALESCE(c.active_women, 0) <> COALESCE(r.w, 0)) AS wrong, count(*) AS units
        FROM units u LEFT JOIN unit_counters c ON c.unit_id = u.id
        LEFT JOIN (SELECT ms.unit_id, count(*) AS n, count(*) FILTER (WHERE m.gender = 'female') AS w
                     FROM memberships ms JOIN members m ON m.id = ms.member_id WHERE ms.left_on IS NULL GROUP BY ms.unit_id) r ON r.unit_id = u.id`);
    const [history] = await rc<{ wrong: string }>(`
      SELECT count(*) AS wrong FROM units u
       WHERE (SELECT count(*) FROM unit_path_history h WHERE h.unit_id = u.id AND h.valid_to IS NULL AND h.path = u.path) <> 1`);
    recounter.release();
    const recountMs = performance.now() - started;
    report.operation('counters vs a full recount', { note: `${recount.units} units recounted from open memberships in ${(recountMs / 1000).toFixed(1)} s: ${recount.wrong} counter rows differ; ${history.wrong} units without exactly one open path-history row equal to their path` });
    report.check('counters equal a full recount after the writes', Number(recount.wrong) === 0 && Number(history.wrong) === 0, `${recount.wrong} counters differ, ${history.wrong} path histories wrong`);

    failed = report.close().failed;
  } finally {
    await portal?.stop();
    await app?.close();
    await pool.end();
    await target.embedded?.stop();
  }
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(2);
});
