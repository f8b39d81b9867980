// Migrations are hand-written SQL, so nothing else guarantees that prisma/schema.prisma describes the
// migrated database. This reads the schema file and compares every model, field and enum with what
// PostgreSQL reports for a freshly migrated database.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';

const schema = readFileSync('prisma/schema.prisma', 'utf8');
const blocks = [...schema.matchAll(/^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(([, kind, name, body]) => ({ kind, name, body }));
const enumNames = new Set(blocks.filter((b) => b.kind === 'enum').map((b) => b.name));
const modelNames = new Set(blocks.filter((b) => b.kind === 'model').map((b) => b.name));
const mapped = (body: string, fallback: string) => body.match(/@@map\("([^"]+)"\)/)?.[1] ?? fallback;
const lines = (body: string) => body.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter((l) => l && !l.startsWith('@@'));

interface Field { column: string; type: string; nullable: boolean; list: boolean; dbType?: string }

function scalarFields(body: string): Field[] {
  return lines(body).flatMap((line) => {
    const [name, rawType, ...rest] = line.split(/\s+/);
    const attrs = rest.join(' ');
    const type = rawType.replace(/[?[\]]/g, '');
    if (modelNames.has(type)) return []; // relation fields have no column
    return [{
      column: attrs.match(/@map\("([^"]+)"\)/)?.[1] ?? name, type, nullable: rawType.endsWith('?'), list: rawType.endsWith('[]'),
      dbType: attrs.match(/@db\.(\w+)/)?.[1],
    }];
  });
}

/** The PostgreSQL data_type (or enum name) a Prisma field type may have. */
function expectedPgType(field: Field): string {
  if (field.list) return 'ARRAY'; // a scalar list (BigInt[]): PostgreSQL reports its element type elsewhere
  if (enumNames.has(field.type)) return mapped(blocks.find((b) => b.name === field.type)!.body, field.type);
  const byDbType: Record<string, string> = { Date: 'date', Decimal: 'numeric', Timestamptz: 'timestamp with time zone', Char: 'character', Text: 'text', Uuid: 'uuid' };
  if (field.dbType) return byDbType[field.dbType] ?? field.dbType.toLowerCase();
  const byType: Record<string, string> = { Int: 'integer', BigInt: 'bigint', String: 'text', Boolean: 'boolean', DateTime: 'timestamp without time zone', Json: 'jsonb', Float: 'double precision', Decimal: 'numeric' };
  return byType[field.type];
}

describe('schema.prisma and the migrated database', () => {
  it('parses a non-trivial schema', () => {
    expect(modelNames.size).toBeGreaterThanOrEqual(9);
    expect(enumNames.size).toBeGreaterThanOrEqual(5);
  });

  for (const block of blocks.filter((b) => b.kind === 'model')) {
    const table = mapped(block.body, block.name);
    it(`model ${block.name} matches table ${table} column for column`, async () => {
      const columns = await db.$queryRaw<{ column_name: string; data_type: string; udt_name: string; is_nullable: string; column_default: string | null }[]>`
        SELECT column_name, data_type, udt_name, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table}`;
      expect(columns.length, `table ${table} exists`).toBeGreaterThan(0);
      const byName = new Map(columns.map((c) => [c.column_name, c]));
      const fields = scalarFields(block.body);
      for (const field of fields) {
        const column = byName.get(field.column);
        expect(column, `${table}.${field.column} exists`).toBeDefined();
        const actual = column!.data_type === 'USER-DEFINED' ? column!.udt_name : column!.data_type;
        expect(actual, `${table}.${field.column} type`).toBe(expectedPgType(field));
        expect(column!.is_nullable === 'YES', `${table}.${field.column} nullability`).toBe(field.nullable);
      }
      // A column Prisma does not know must not be required on insert.
      const known = new Set(fields.map((f) => f.column));
      const unknownRequired = columns.filter((c) => !known.has(c.column_name) && c.is_nullable === 'NO' && c.column_default === null);
      expect(unknownRequired.map((c) => c.column_name)).toEqual([]);
    });
  }

  for (const block of blocks.filter((b) => b.kind === 'enum')) {
    const type = mapped(block.body, block.name);
    it(`enum ${block.name} has the values of type ${type}`, async () => {
      const rows = await db.$queryRaw<{ label: string }[]>`
        SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = ${type} ORDER BY e.enumsortorder`;
      expect(rows.map((r) => r.label)).toEqual(lines(block.body));
    });
  }
});
