// Names for the statements Prisma sends, so that each connection prepares a statement once and
// PostgreSQL's plan cache can keep its plan. Unnamed, every statement is parsed and planned again on
// every call: planning alone is 0.4–0.5 ms for a statement on `members` (ten indexes to weigh),
// more than the page read it plans (0.05–0.25 ms; BENCHMARKS.md, "Planning"). A named statement is
// planned with its values five times, then PostgreSQL keeps the generic plan when it costs no more
// than those (plan_cache_mode auto); a statement whose best plan depends on its values keeps being
// planned for them, and loses nothing.
import { createHash } from 'node:crypto';

/** What the driver adapter passes (`SqlQuery` of @prisma/driver-adapter-utils): the text and its arguments. */
interface Statement {
  sql: string;
  args: unknown[];
}

/**
 * Distinct statement texts named per process. Each connection prepares the ones it runs and keeps
 * them until it closes, so this bounds what every PostgreSQL backend holds. The portal's texts are
 * fixed shapes, a few hundred; past the bound, new texts go unnamed, as before.
 */
export const NAMED_STATEMENTS_MAX = 500;

/**
 * A statement's name (a hash of its text), or '' (the protocol's unnamed statement, as before) when
 * it has no arguments or the bound is reached.
 */
export function createStatementNamer(max = NAMED_STATEMENTS_MAX) {
  const names = new Map<string, string>();
  return (statement: Statement): string => {
    // Without arguments the driver uses the simple protocol, which also runs a script of several
    // statements; a name would switch it to the extended one, which refuses scripts.
    if (statement.args.length === 0) return '';
    const known = names.get(statement.sql);
    if (known !== undefined) return known;
    if (names.size >= max) return '';
    // The same text always gets the same name, and a name never serves two texts (the driver
    // refuses a name prepared with another text on the same connection).
    const name = `s${createHash('sha1').update(statement.sql).digest('base64url')}`;
    names.set(statement.sql, name);
    return name;
  };
}
