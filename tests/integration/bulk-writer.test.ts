// The generator's bulk writer (prisma/generate/bulk.ts) sends rows by COPY in text format: values
// that COPY treats specially (tab, newline, backslash, the two characters \N) must arrive as they
// were, NULL as NULL, day numbers as their dates; a refused batch names its table.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkWriter, LineBatch, TableStats, copyField } from '../../prisma/generate/bulk';

const TRICKY = ['tab\there', 'line\nbreak\r', 'back\\slash', '\\N', '', 'quote "x" and {braces}, commas', 'Nguyễn Thị Ánh'.normalize('NFD'), ' stray  spaces '];

let pool: pg.Pool;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  await pool.query('CREATE TABLE bulk_probe (id INTEGER PRIMARY KEY, name TEXT, born DATE, amount BIGINT, gender gender)');
});

afterAll(async () => {
  await pool.query('DROP TABLE IF EXISTS bulk_probe');
  await pool.end();
});

describe('generator bulk writer', () => {
  it('writes columns by COPY with every special value intact', async () => {
    const writer = new BulkWriter(pool, new TableStats());
    const ids = TRICKY.map((_, i) => i + 1).concat([100]);
    await writer.write('bulk_probe', [
      ['id', 'int', ids],
      ['name', 'text', [...TRICKY, null]],
      // Days since 1970-01-01: before it, on it, and a recent one.
      ['born', 'day', [-3_653, 0, 20_000, 1, 2, 3, 4, 5, null]],
      ['amount', 'bigint', [9_007_199_254_740_993n, -1, 0, 1, 2, 3, 4, 5, null]],
      ['gender', 'gender', ['female', 'male', 'female', 'male', 'female', 'male', 'female', 'male', null]],
    ]);
    await writer.flush();
    const { rows } = await pool.query<{ id: number; name: string | null; born: string | null; amount: string | null; gender: string | null }>(
      `SELECT id, name, to_char(born, 'YYYY-MM-DD') AS born, amount::text, gender::text FROM bulk_probe ORDER BY id`,
    );
    expect(rows.map((r) => r.name)).toEqual([...TRICKY, null]);
    expect(rows.slice(0, 3).map((r) => r.born)).toEqual(['1960-01-01', '1970-01-01', '2024-10-04']);
    expect(rows[0].amount).toBe('9007199254740993');
    expect(rows[8]).toEqual({ id: 100, name: null, born: null, amount: null, gender: null });
    expect(writer.stats.rows.get('bulk_probe')).toBe(9);
  });

  it('writes lines built with copyField, sent when the batch is full', async () => {
    await pool.query('TRUNCATE bulk_probe');
    const writer = new BulkWriter(pool, new TableStats());
    const batch = new LineBatch(writer, 'bulk_probe', ['id', 'name', 'born'], 3);
    let sent = 0;
    for (const [i, name] of TRICKY.entries()) {
      batch.push([i + 1, copyField(name, false), copyField(i % 2 ? null : 19_000 + i, true)].join('\t'));
      if (batch.full) {
        await batch.send();
        sent += 1;
      }
    }
    await batch.send();
    await writer.flush();
    expect(sent).toBe(2);
    const { rows } = await pool.query<{ name: string; born: string | null }>(`SELECT name, to_char(born, 'YYYY-MM-DD') AS born FROM bulk_probe ORDER BY id`);
    expect(rows.map((r) => r.name)).toEqual(TRICKY);
    expect(rows.map((r) => r.born)).toEqual(TRICKY.map((_, i) => (i % 2 ? null : new Date((19_000 + i) * 86_400_000).toISOString().slice(0, 10))));
  });

  it('reports a refused batch with its table, and keeps none of its rows', async () => {
    await pool.query('TRUNCATE bulk_probe');
    const writer = new BulkWriter(pool, new TableStats());
    // The second row repeats the first one's key.
    await writer.write('bulk_probe', [['id', 'int', [7, 7]], ['name', 'text', ['first', 'again']]]);
    await expect(writer.flush()).rejects.toThrow(/insert into bulk_probe failed: .*bulk_probe_pkey/);
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM bulk_probe');
    expect(rows[0].n).toBe(0);
  });
});
