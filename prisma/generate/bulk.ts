// Bulk writes for the generator: COPY … FROM STDIN in text format (pg-copy-streams), several batches
// in flight on separate connections so PostgreSQL ingests one batch while Node builds the next, and
// per-table row rates for the closing report. COPY, not INSERT … SELECT FROM unnest(arrays): both
// cores are busy during the load, and PostgreSQL's share was the larger; 100,000 members took 0.95 s
// of the server by COPY against 2.1 s by unnest (parsing every array, then one heap insert and WAL
// record a row where COPY inserts and logs a page at a time).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

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

const DAY_MS = 86_400_000;
const dayTexts = new Map<number, string>();
/** 'YYYY-MM-DD' of a day number; a few tens of thousands of distinct days recur millions of times. */
function dayText(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) dayTexts.set(day, (text = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return text;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;

/** One value in COPY's text format ('day': a day number, written as a date). */
export function copyField(value: unknown, day: boolean): string {
  if (value === null || value === undefined) return '\\N';
  if (day) return dayText(value as number);
  if (typeof value === 'string') return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  throw new Error(`the generator cannot write ${Object.prototype.toString.call(value)} values`);
}

/** A batch's rows in COPY's text format: one line a row, tab-separated. */
function copyText(columns: readonly Column[]): string {
  const rows = columns[0][2].length;
  const days = columns.map(([, type]) => type === 'day');
  const lines = new Array<string>(rows);
  for (let r = 0; r < rows; r++) {
    let line = copyField(columns[0][2][r], days[0]);
    for (let c = 1; c < columns.length; c++) line += '\t' + copyField(columns[c][2][r], days[c]);
    lines[r] = line;
  }
  return lines.join('\n') + '\n';
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
    if (columns[0][2].length === 0) return;
    await this.writeText(table, columns.map(([name]) => name), copyText(columns), columns[0][2].length);
  }

  /** Rows already in COPY's text format (`text`: `rows` lines, each ending in a newline). */
  async writeText(table: string, names: readonly string[], text: string, rows: number): Promise<void> {
    if (this.failure) throw this.failure;
    if (rows === 0) return;
    while (this.pending.length >= this.depth) await this.pending.shift();
    const started = performance.now();
    const job = this.copy(`COPY ${table} (${names.join(', ')}) FROM STDIN`, text)
      .then(() => this.stats.record(table, rows, started, performance.now()))
      .catch((error: unknown) => {
        this.failure ??= new Error(`insert into ${table} failed: ${(error as Error).message}`);
      });
    this.pending.push(job);
  }

  private async copy(statement: string, text: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await pipeline(Readable.from([text]), client.query(copyFrom(statement)));
    } finally {
      client.release();
    }
  }

  async flush(): Promise<void> {
    while (this.pending.length) await this.pending.shift();
    if (this.failure) throw this.failure;
  }
}

/** Collects rows column by column and hands full batches to the writer. */
export class Batch<K extends string> {
  private readonly keys: K[];
  private columns: unknown[][];

  constructor(
    private readonly writer: BulkWriter,
    private readonly table: string,
    private readonly types: Record<K, string>,
    private readonly size: number,
  ) {
    this.keys = Object.keys(types) as K[];
    this.columns = this.keys.map(() => []);
  }

  /** Adds a row without waiting (no promise per row: millions of them cost seconds); see `full`. */
  push(row: Record<K, unknown>): void {
    for (let i = 0; i < this.keys.length; i++) this.columns[i].push(row[this.keys[i]]);
  }

  /** The batch has its size: send it. */
  get full(): boolean {
    return this.columns[0].length >= this.size;
  }

  async add(row: Record<K, unknown>): Promise<void> {
    this.push(row);
    if (this.full) await this.send();
  }

  async send(): Promise<void> {
    const batch = this.columns;
    this.columns = this.keys.map(() => []);
    await this.writer.write(this.table, this.keys.map((k, i) => [k, this.types[k], batch[i]] as const));
  }
}

/**
 * Rows the caller has already written as COPY lines (copyField), sent as one COPY when `size` are
 * collected: for the two tables of millions of rows, no object or column arrays per row.
 */
export class LineBatch {
  private lines: string[] = [];

  constructor(
    private readonly writer: BulkWriter,
    private readonly table: string,
    private readonly names: readonly string[],
    private readonly size: number,
  ) {}

  /** One row: its fields in `names` order, each already in COPY's text format. */
  push(line: string): void {
    this.lines.push(line);
  }

  get full(): boolean {
    return this.lines.length >= this.size;
  }

  async send(): Promise<void> {
    const lines = this.lines;
    this.lines = [];
    if (lines.length) await this.writer.writeText(this.table, this.names, lines.join('\n') + '\n', lines.length);
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

/**
 * Builds the indexes of `queue` on `connections` sessions at once (each index build uses one core),
 * taking them from the front of the array: several calls given the same array share its work.
 */
export async function rebuildIndexes(pool: pg.Pool, queue: string[], connections: number, log: (line: string) => void) {
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
