// The benchmark's data generator (`npm run db:generate`, issue 7), run end to end on the ward profile
// against this file's own database: it must leave what the app itself would have written, with the
// indexes it dropped for the load rebuilt, and refuse a database that already has units.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '@/lib/text/search-key';

const run = promisify(execFile);
const generate = () =>
  run('npm', ['run', '--silent', 'db:generate', '--', '--profile', 'ward'], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 120_000,
  });

let client: pg.Client;
let indexesBefore: string[];
let output: string;

const indexNames = async () =>
  (await client.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.name);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  indexesBefore = await indexNames();
  output = (await generate()).stdout;
}, 150_000);

afterAll(async () => {
  await client.end();
});

describe('data generator, ward profile', () => {
  it('writes the planned tree and exactly the planned active members', async () => {
    expect(output).toMatch(/\[generate [\d:]+\] done in [\d.]+ s/);
    const { rows: [n] } = await client.query<{ grassroots: number; active: number; former: number; periods: number }>(`
      SELECT (SELECT count(*)::int FROM units WHERE kind = 'grassroots') AS grassroots,
             (SELECT count(*)::int FROM members WHERE unit_id IS NOT NULL) AS active,
             (SELECT count(*)::int FROM members WHERE unit_id IS NULL) AS former,
             (SELECT count(*)::int FROM memberships) AS periods`);
    expect(n.grassroots).toBe(60);
    expect(n.active).toBe(4_000);
    expect(n.former).toBeGreaterThan(0);
    expect(n.periods).toBeGreaterThan(n.active + n.former);
  });

  it('keeps every unit counter equal to a recount of its members', async () => {
    const { rows } = await client.query(`
      SELECT c.unit_id, c.active_members, coalesce(m.n, 0) AS recount
      FROM unit_counters c LEFT JOIN (SELECT unit_id, count(*)::int AS n FROM members WHERE unit_id IS NOT NULL GROUP BY unit_id) m ON m.unit_id = c.unit_id
      WHERE c.active_members <> coalesce(m.n, 0)`);
    expect(rows).toEqual([]);
  });

  it('stores decomposed names and stray spaces as imports do, with the search key the app computes', async () => {
    const { rows } = await client.query<{ full_name: string; name_search: string }>(`SELECT full_name, name_search FROM members`);
    expect(rows.filter((r) => r.full_name !== r.full_name.normalize('NFC')).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.full_name !== r.full_name.trim() || r.full_name.includes('  ')).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.name_search !== searchKey(r.full_name))).toEqual([]);
  });

  it('rebuilds the dropped indexes and the rollups: the root counts its active members', async () => {
    expect(await indexNames()).toEqual(indexesBefore);
    const { rows: [root] } = await client.query<{ members: string; active: string }>(`
      SELECT c.figures[1]::text AS members, (SELECT count(*) FROM members WHERE unit_id IS NOT NULL)::text AS active
      FROM units u JOIN target_rollup_current c ON c.unit_id = u.id WHERE u.parent_id IS NULL`);
    expect(root.members).toBe(root.active);
  });

  it('stores every unit\'s dashboard line with its targets, the same as computed child by child', async () => {
    const { rows: [lines] } = await client.query<{ units: number; lines: number; targeted: number }>(`
      SELECT (SELECT count(*)::int FROM units) AS units,
             (SELECT count(*)::int FROM target_rollup_current WHERE child_row IS NOT NULL AND month = target_current_month()) AS lines,
             (SELECT count(*)::int FROM target_rollup_current WHERE child_row LIKE '%"new_members"%') AS targeted`);
    expect(lines.lines).toBe(lines.units);
    expect(lines.targeted).toBeGreaterThan(lines.units / 2);
    // The ward's breakdown read from its children's lines, and computed child by child.
    const { rows: [both] } = await client.query<{ stored: string; computed: string }>(`
      WITH w AS (SELECT id FROM units WHERE kind = 'ward_union' LIMIT 1), a AS (SELECT target_current_month() AS d)
      SELECT (SELECT children FROM target_dashboard_breakdown(w.id, NULL, extract(year FROM a.d)::int, a.d, '{app_adoption}', '{new_members}')) AS stored,
             (SELECT children FROM target_dashboard_breakdown(w.id, ARRAY(SELECT id FROM units WHERE parent_id = w.id), extract(year FROM a.d)::int, a.d, '{app_adoption}', '{new_members}')) AS computed
      FROM w, a`);
    const byId = (text: string) => (JSON.parse(text) as [number][]).sort((x, y) => x[0] - y[0]);
    expect(byId(both.stored).length).toBe(60);
    expect(byId(both.stored)).toEqual(byId(both.computed));
  });

  it('refuses a database that already has units, and changes nothing', async () => {
    const before = await client.query(`SELECT count(*)::int AS n FROM members`);
    await expect(generate()).rejects.toMatchObject({ stderr: expect.stringContaining('already has units') });
    expect((await client.query(`SELECT count(*)::int AS n FROM members`)).rows).toEqual(before.rows);
  });
});
