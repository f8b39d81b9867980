// The SQL the portal's data functions send for each benchmarked question, and the raw-SQL floor of
// the same question. The app's statements mirror lib/members/data.ts (findMembers) and
// lib/units/data.ts (listUnits, listChildrenWithCounts) for the cases the benchmark drives; keep
// them in step when those change. A floor is the least work that answers the question on today's
// schema: the keyset rows alone through the best index, totals read from per-unit counter rows.
import { searchKey } from '../../lib/text/search-key';

export interface Sql {
  text: string;
  values: unknown[];
  /** Sent (and awaited) before the others, which the app then sends together. */
  first?: true;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface MemberQuestion {
  root: string;
  q?: string;
  after?: { nameSearch: string; id: number };
  /** What the prefix probe answers on this data: the prefix alone fills more than a page. */
  prefixFillsPage?: boolean;
}

const PAGE = 50;
/** As lib/members/data.ts: the least text after every text that starts with `key`. */
const prefixEnd = (key: string) => key.slice(0, -1) + String.fromCodePoint(key.codePointAt(key.length - 1)! + 1);
const TOTAL_CAP = 10_000;

/** findMembers' probe: does the whole text, as a prefix, fill more than a page inside the scope? */
export function appPrefixProbe(root: string, q: string): Sql {
  return {
    text: `SELECT count(*) AS n FROM (SELECT 1 FROM members p JOIN units cu ON cu.id = p.unit_id WHERE ((p.unit_path ~>=~ $1 AND p.unit_path ~<~ $2)) AND p.unit_id IS NOT NULL AND p.name_search >= $3 AND p.name_search < $4 AND p.name_search LIKE $5 LIMIT ${PAGE + 1}) x`,
    values: [root, `${root}:`, searchKey(q), prefixEnd(searchKey(q)), `${likeEscape(searchKey(q))}%`],
    first: true,
  };
}

/**
 * findMembers for active members: with a text, the prefix probe first, then the page (a UNION of the
 * name branch, the card branch and the CCCD branch, each an ordered LIMIT) and the total capped at
 * 10,001, sent together (Promise.all); without one, the page and the scope's counter rows.
 */
export function appMemberSearch({ root, q, after, prefixFillsPage }: MemberQuestion): Sql[] {
  const values: unknown[] = [root, `${root}:`];
  const where = '((p.unit_path ~>=~ $1 AND p.unit_path ~<~ $2)) AND p.unit_id IS NOT NULL';
  const branches: string[] = [];
  if (q) {
    const key = searchKey(q);
    const words = key.split(' ').filter(Boolean);
    if (prefixFillsPage) {
      values.push(key, prefixEnd(key), `${likeEscape(key)}%`);
      branches.push(`p.name_search >= $${values.length - 2} AND p.name_search < $${values.length - 1} AND p.name_search LIKE $${values.length}`);
    } else {
      const likes = words.map((w) => {
        values.push(`% ${likeEscape(w)}%`);
        return `(' ' || p.name_search) LIKE $${values.length}`;
      });
      if (root.split('/').filter(Boolean).length <= 2 && words.every((w) => /^[a-z]+$/.test(w))) {
        values.push(words.map((w) => `${w}:*`).join(' & '));
        likes.unshift(`to_tsvector('simple', p.name_search) @@ to_tsquery('simple', $${values.length})`);
      }
      branches.push(likes.join(' AND '));
    }
    const card = q.replace(/\s/g, '').toUpperCase();
    values.push(card);
    branches.push(`p.id = (SELECT c.id FROM members c WHERE c.card_number = $${values.length})`, ...(card.length <= 12 ? [`p.id = (SELECT c.id FROM members c WHERE c.cccd = $${values.length}::bpchar)`] : []));
  } else branches.push('true');
  const keyValues = after ? [...values, after.nameSearch, after.id] : values;
  const keyset = after ? ` AND (p.name_search, p.id) > ($${values.length + 1}, $${values.length + 2})` : '';
  const pageOf = (branch: string) => `(SELECT p.id, p.full_name, p.name_search, p.gender, p.birth_date, p.card_number, cu.name AS unit_name, cu.path AS unit_path
      FROM members p JOIN units cu ON cu.id = p.unit_id WHERE ${where} AND ${branch}${keyset} ORDER BY p.name_search, p.id LIMIT ${PAGE + 1})`;
  const idsOf = (branch: string) => `(SELECT p.id FROM members p WHERE ${where} AND ${branch} LIMIT ${TOTAL_CAP + 1})`;
  return [
    ...(q ? [appPrefixProbe(root, q)] : []),
    { text: `SELECT * FROM (${branches.map(pageOf).join(' UNION ')}) found ORDER BY name_search, id LIMIT ${PAGE + 1}`, values: keyValues },
    // Without filters the total is the scope's counter rows (as findMembers reads it), else counted up to the cap.
    q
      ? { text: `SELECT count(*) AS total FROM (${branches.map(idsOf).join(' UNION ')}) x`, values }
      : { text: `SELECT COALESCE(SUM(c.active_members), 0) AS total FROM units d JOIN unit_counters c ON c.unit_id = d.id WHERE (d.path ~>=~ $1 AND d.path ~<~ $2)`, values: [root, `${root}:`] },
  ];
}

/** The floor of a member page: 51 keyset rows through the (unit_path, name_search, id) index, the total from counters. */
export function floorMemberList({ root, after }: MemberQuestion): Sql[] {
  const keyset = after ? ' AND (name_search, id) > ($3, $4)' : '';
  return [
    {
      text: `SELECT id, full_name, name_search FROM members WHERE unit_id IS NOT NULL AND unit_path ~>=~ $1 AND unit_path ~<~ $2${keyset} ORDER BY name_search, id LIMIT 51`,
      values: after ? [root, `${root}:`, after.nameSearch, after.id] : [root, `${root}:`],
    },
    { text: `SELECT SUM(c.active_members) FROM units d JOIN unit_counters c ON c.unit_id = d.id WHERE d.path ~>=~ $1 AND d.path ~<~ $2`, values: [root, `${root}:`] },
  ];
}

/** The floor of a name search: the first 51 matches through the best index, without a total. */
export function floorNameSearch(kind: 'prefix' | 'words' | 'ward', root: string, q: string): Sql[] {
  const key = searchKey(q);
  if (kind === 'prefix') {
    // The prefix as a range of the name-ordered index: the first 51 rows are the range's first 51 entries.
    return [{ text: `SELECT id, full_name, name_search FROM members WHERE unit_id IS NOT NULL AND name_search >= $1 AND name_search < $2 ORDER BY name_search, id LIMIT 51`, values: [key, key.slice(0, -1) + String.fromCharCode(key.charCodeAt(key.length - 1) + 1)] }];
  }
  const words = key.split(' ').filter(Boolean);
  const all = words.map((_, i) => `(' ' || name_search) LIKE $${i + 3}`).join(' AND ');
  return [{
    text: `SELECT id, full_name, name_search FROM members WHERE unit_id IS NOT NULL AND unit_path ~>=~ $1 AND unit_path ~<~ $2 AND ${all} ORDER BY name_search, id LIMIT 51`,
    values: [root, `${root}:`, ...words.map((w) => `% ${likeEscape(w)}%`)],
  }];
}

/** listUnits for one scope root, first page: sorted by members (one pass crediting every unit on each path), or by name (page first, then its sums). */
export function appUnitList(root: string, sort: 'name' | 'members'): Sql[] {
  const columns = `u.id, u.kind, u.code, u.name, u.name_search, u.status, u.sector, u.founded_on, COALESCE(u.founded_on, DATE '0001-01-01') AS founded_key,
             u.path, u.parent_id, u.cba_signed_on, u.cba_expires_on, u.employer_name, u.workforce_total`;
  if (sort === 'members') {
    return [{
      text: `SELECT x.*, x.members AS sort_key FROM (
        SELECT ${columns}, p.name AS parent_name, COALESCE(s.members, 0) AS members, COALESCE(s.women, 0) AS women
        FROM units u
        LEFT JOIN units p ON p.id = u.parent_id
        LEFT JOIN (
          SELECT a.id, SUM(c.active_members) AS members, SUM(c.active_women) AS women
          FROM units d JOIN unit_counters c ON c.unit_id = d.id
          CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM d.path), '/')::int[]) AS a(id)
          WHERE (d.path ~>=~ $1 AND d.path ~<~ $2)
          GROUP BY a.id
        ) s ON s.id = u.id
        WHERE (u.path ~>=~ $1 AND u.path ~<~ $2)
      ) x WHERE true ORDER BY x.members DESC, x.id DESC LIMIT 51`,
      values: [root, `${root}:`],
    }];
  }
  return [{
    text: `SELECT x.*, x.name_search AS sort_key, p.name AS parent_name, COALESCE(s.members, 0) AS members, COALESCE(s.women, 0) AS women
      FROM (SELECT ${columns} FROM units u WHERE (u.path ~>=~ $1 AND u.path ~<~ $2) AND true ORDER BY name_search, id LIMIT 51) x
      LEFT JOIN units p ON p.id = x.parent_id
      LEFT JOIN LATERAL (
        SELECT SUM(c.active_members) AS members, SUM(c.active_women) AS women
        FROM units d
        -- One counter lookup per unit of the (usually small) subtree. OFFSET 0 keeps the planner from
        -- flattening this into a hash join that reads every counter row of the table for each listed unit.
        CROSS JOIN LATERAL (SELECT active_members, active_women FROM unit_counters WHERE unit_id = d.id OFFSET 0) c
        WHERE d.path ~>=~ x.path AND d.path ~<~ (x.path || ':')
      ) s ON true
      ORDER BY x.name_search, x.id`,
    values: [root, `${root}:`],
  }];
}

/** The floor of a units page: 51 units of the scope in name order, each with its own counter row. */
export function floorUnitList(root: string): Sql[] {
  return [{
    text: `SELECT u.id, u.name, c.active_members FROM units u LEFT JOIN unit_counters c ON c.unit_id = u.id
            WHERE u.path ~>=~ $1 AND u.path ~<~ $2 ORDER BY u.name_search, u.id LIMIT 51`,
    values: [root, `${root}:`],
  }];
}

/** listChildrenWithCounts: each child's subtree summed from counter rows. */
export function appChildren(unitId: number): Sql[] {
  return [{
    text: `SELECT c.id, c.kind, c.code, c.name, c.status,
           COALESCE(SUM(uc.active_members), 0) AS members, COALESCE(SUM(uc.active_women), 0) AS women,
           COUNT(d.id) FILTER (WHERE d.kind = 'grassroots' AND d.status = 'active') AS grassroots
      FROM units c
      JOIN units d ON d.path ~>=~ c.path AND d.path ~<~ (c.path || ':')
      LEFT JOIN unit_counters uc ON uc.unit_id = d.id
      WHERE c.parent_id = $1
      GROUP BY c.id
      ORDER BY c.status, c.name`,
    values: [unitId],
  }];
}

/** The floor of a children breakdown: one precomputed row per child, as a subtree rollup table would give. */
export function floorChildren(unitId: number): Sql[] {
  return [{ text: `SELECT c.id, c.name, uc.active_members, uc.active_women FROM units c LEFT JOIN unit_counters uc ON uc.unit_id = c.id WHERE c.parent_id = $1 ORDER BY c.name`, values: [unitId] }];
}
