// Bulk writes for the generator: INSERT … SELECT FROM unnest($1::type[], …) with one array
// parameter per column (DESIGN.md measured this faster than COPY through node-postgres), several
// statements in flight on separate connections so PostgreSQL ingests one batch while Node builds
// the next, and per-table row rates for the closing report.
import pg from 'pg';

/** A column of one batch. 'day' columns travel as integers (days since 1970-01-01) and become DATE in SQL. */
export type Column = readonly [name: string, pgType: string, values: unknown[]];

export class TableStats {
  readonly rows = new Map<string, number>();
  readonly first = new Map<string, number>();
  readonly last = new Map<string, number>();

  record(table: string, rows: number, started: number, ended: number) {
    this.rows.set(table, (this.rows.get(table) ?? 0) + rows);
    if (!this.first.has(table)) this.first.set(table, started);
    this.last.set(table, ended);
  }

  lines(): string[] {
    return [...this.rows].map(([table, rows]) => {
      const seconds = (this.last.get(table)! - this.first.get(table)!) / 1000;
      const rate = seconds > 0 ? Math.round(rows / seconds) : rows;
      return `  ${table.padEnd(24)} ${String(rows).padStart(11)} rows  ${seconds.toFixed(1).padStart(7)} s  ${String(rate).padStart(9)} rows/s`;
    });
  }
}

function statement(table: string, columns: readonly Column[]): string {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type === 'day' ? 'int' : type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map(([, type], i) => (type === 'day' ? `DATE '1970-01-01' + c${i}` : `c${i}`)).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${arrays}) AS t(${aliases.join(', ')})`;
}

export class BulkWriter {
  private readonly pending: Promise<void>[] = [];
  private failure: unknown = null;

  constructor(
    private readonly pool: pg.Pool,
    readonly stats: TableStats,
    /** Statements in flight before the producer waits: memory stays bounded, both cores stay busy. */
    private readonly depth = 3,
  ) {}

  async write(table: string, columns: readonly Column[]): Promise<void> {
    if (this.failure) throw this.failure;
    const rows = columns[0][2].length;
    if (rows === 0) return;
    while (this.pending.length >= this.depth) await this.pending.shift();
    const started = performance.now();
    const job = this.pool
      .query(statement(table, columns), columns.map(([, , values]) => values))
      .then(() => this.stats.record(table, rows, started, performance.now()))
      .catch((error: unknown) => {
        this.failure ??= new Error(`insert into ${table} failed: ${(error as Error).message}`);
      });
    this.pending.push(job);
  }

  async flush(): Promise<void> {
    while (this.pending.length) await this.pending.shift();
    if (this.failure) throw this.failure;
  }
}

/** Collects rows column by column and hands full batches to the writer. */
export class Batch<K extends string> {
  private columns: Record<K, unknown[]>;

  constructor(
    private readonly writer: BulkWriter,
    private readonly table: string,
    private readonly types: Record<K, string>,
    private readonly size: number,
  ) {
    this.columns = this.empty();
  }

  private empty(): Record<K, unknown[]> {
    return Object.fromEntries(Object.keys(this.types).map((k) => [k, []])) as unknown as Record<K, unknown[]>;
  }

  async add(row: Record<K, unknown>): Promise<void> {
    for (const key in this.types) this.columns[key].push(row[key]);
    if (this.columns[Object.keys(this.types)[0] as K].length >= this.size) await this.send();
  }

  async send(): Promise<void> {
    const batch = this.columns;
    this.columns = this.empty();
    await this.writer.write(this.table, (Object.keys(this.types) as K[]).map((k) => [k, this.types[k], batch[k]] as const));
  }
}

/**
 * The secondary indexes of `tables` (not primary keys or other constraints' indexes): dropped before
 * a bulk load and rebuilt after, which is several times faster than maintaining them row by row.
 */
export async function dropSecondaryIndexes(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY ($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.def);
}

/** Rebuilds indexes on `connections` sessions at once (each index build uses one core). */
export async function rebuildIndexes(pool: pg.Pool, definitions: string[], connections: number, log: (line: string) => void) {
  const queue = [...definitions];
  const worker = async () => {
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '1GB'`);
      await client.query('SET max_parallel_maintenance_workers = 0');
      for (let def = queue.shift(); def; def = queue.shift()) {
        const started = performance.now();
        await client.query(def);
        log(`  index ${def.match(/INDEX (\S+)/)?.[1]} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
}
