// The portal's client prepares each statement once per connection and PostgreSQL keeps its plan:
// the same read run again on one connection is not parsed or planned again (lib/runtime/statement-names.ts).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';

describe('named statements', () => {
  it('prepares a read once on a connection, and keeps a generic plan after five runs', async () => {
    const plans = await db.$transaction(async (tx) => {
      // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
      for (let i = 0; i < 8; i++) await tx.$queryRaw`SELECT id, path FROM units WHERE id = ${i + 1} /* prepared-statements test */`;
      return tx.$queryRaw<{ statements: number; generic: number; custom: number }[]>`
        SELECT count(*)::int AS statements, sum(generic_plans)::int AS generic, sum(custom_plans)::int AS custom
        FROM pg_prepared_statements WHERE statement LIKE ${'%/* prepared-statements test */%'} AND name <> ''`;
    });
    expect(plans).toEqual([{ statements: 1, generic: 3, custom: 5 }]);
  });

  it('still runs a statement without arguments as a script of several statements', async () => {
    // Named, it would be refused: "cannot insert multiple commands into a prepared statement".
    await expect(db.$executeRawUnsafe('SELECT 1; SELECT 2')).resolves.toBeTypeOf('number');
  });
});
