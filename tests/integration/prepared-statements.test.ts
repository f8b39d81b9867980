// The portal's client prepares a statement marked `prepared` once per connection and PostgreSQL
// keeps its plan; any other statement is planned for its values on every call
// (lib/runtime/statement-names.ts).
import { describe, expect, it } from 'vitest';
import { db, prepared } from '@/lib/db';
import type { Tx } from '@/lib/db';

/** The named statements of this transaction's connection whose text holds `tag`, with their plan counts. */
const plansOf = (tx: Tx, tag: string) => tx.$queryRaw<{ statements: number; generic: number; custom: number }[]>`
  SELECT count(*)::int AS statements, coalesce(sum(generic_plans), 0)::int AS generic, coalesce(sum(custom_plans), 0)::int AS custom
  FROM pg_prepared_statements WHERE statement LIKE ${`%${tag}%`} AND name <> ''`;

describe('named statements', () => {
  it('prepares a marked read once on a connection, and keeps a generic plan after five runs', async () => {
    const plans = await db.$transaction(async (tx) => {
      // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
      for (let i = 0; i < 8; i++) await tx.$queryRaw`${prepared} SELECT id, path FROM units WHERE id = ${i + 1} /* marked test */`;
      return plansOf(tx, '/* marked test */');
    });
    expect(plans).toEqual([{ statements: 1, generic: 3, custom: 5 }]);
  });

  it('leaves an unmarked read unnamed: planned for its values each time', async () => {
    const plans = await db.$transaction(async (tx) => {
      for (let i = 0; i < 8; i++) await tx.$queryRaw`SELECT id, path FROM units WHERE id = ${i + 1} /* unmarked test */`;
      return plansOf(tx, '/* unmarked test */');
    });
    expect(plans).toEqual([{ statements: 0, generic: 0, custom: 0 }]);
  });
});
