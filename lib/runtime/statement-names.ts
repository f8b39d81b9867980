// Names for the statements Prisma sends that are marked PREPARED, so that each connection prepares
// them once and PostgreSQL's plan cache keeps their plan. Unnamed, a statement is parsed and planned
// again on every call: planning alone is 0.2–0.5 ms (the actor's grants 0.27 ms, a statement on
// `members`, with ten indexes to weigh, 0.45 ms), more than many of them take to run
// (BENCHMARKS.md, "Fifth session"). A named statement is planned with its values five times; then
// PostgreSQL keeps one generic plan when it is estimated to cost no more.
//
// Only marked statements are named, because a generic plan is chosen on estimates: for the member
// list of a federation the generic plan (a bitmap of all 945,850 of its members, then a sort) was
// estimated at 8,758 against 3,117 for the plan made for the values (the name-ordered index, 51
// rows), and ran 3.5 s instead of 0.3 ms. PostgreSQL kept planning that one per call, but a filter
// that makes the per-call plan look dear could tip it. So a statement is marked only when one plan
// serves every value: lookups by key, the dashboard's function calls, a ward union's walk of its own
// name order. Scope ranges over members or units, whose best plan depends on the scope's size, stay
// unnamed.
import { createHash } from 'node:crypto';

/** The comment that asks for a named statement (`prepared` in lib/db.ts puts it in a query). */
export const PREPARED_MARK = '/* prepared */';

/** What the driver adapter passes (`SqlQuery` of @prisma/driver-adapter-utils): the statement's text. */
interface Statement {
  sql: string;
}

/**
 * Distinct statement texts named per process. Each connection prepares the ones it runs and keeps
 * them until it closes, so this bounds what every PostgreSQL backend holds; marked texts are fixed
 * shapes, a few dozen. Past the bound, new texts go unnamed, as before.
 */
export const NAMED_STATEMENTS_MAX = 500;

/**
 * A marked statement's name (a hash of its text), or '' (the protocol's unnamed statement, planned
 * per call) for any other statement and past the bound.
 */
export function createStatementNamer(max = NAMED_STATEMENTS_MAX) {
  const names = new Map<string, string>();
  return (statement: Statement): string => {
    if (!statement.sql.includes(PREPARED_MARK)) return '';
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
