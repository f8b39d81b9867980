// The raw-SQL floor of each benchmarked question: the least work that answers it on today's schema
// (the keyset rows alone through the best index, totals and figures read from per-unit counter and
// rollup rows). The app's side is its real data functions (app-data.ts); these stay hand-written,
// because that is their point.
import { searchKey } from '../../lib/text/search-key';

export interface Sql {
  text: string;
  values: unknown[];
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface MemberQuestion {
  root: string;
  q?: string;
  after?: { nameSearch: string; id: number };
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

/** The floor of a units page: 51 units of the scope in name order, each with its own counter row. */
export function floorUnitList(root: string): Sql[] {
  return [{
    text: `SELECT u.id, u.name, c.active_members FROM units u LEFT JOIN unit_counters c ON c.unit_id = u.id
            WHERE u.path ~>=~ $1 AND u.path ~<~ $2 ORDER BY u.name_search, u.id LIMIT 51`,
    values: [root, `${root}:`],
  }];
}

/** The floor of a children breakdown: one precomputed row per child, as a subtree rollup table would give. */
export function floorChildren(unitId: number): Sql[] {
  return [{ text: `SELECT c.id, c.name, uc.active_members, uc.active_women FROM units c LEFT JOIN unit_counters uc ON uc.unit_id = c.id WHERE c.parent_id = $1 ORDER BY c.name`, values: [unitId] }];
}

/**
 * The floor of a dashboard: the rollup rows it shows, each read by primary key (the unit's year and
 * its months, the children's year rows), and the children's names. No deltas, no evaluation.
 */
export function floorDashboard(unitId: number, year: number): Sql[] {
  return [
    { text: 'SELECT metric, amount FROM target_rollup_years WHERE unit_id = $1 AND year = $2', values: [unitId, year] },
    { text: 'SELECT metric, month, amount FROM target_rollup_months WHERE unit_id = $1 AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1)', values: [unitId, year] },
    ...floorDashboardChildren(unitId, year),
  ];
}

/** The floor of a dashboard's children breakdown: each child with its year rollup rows. */
export function floorDashboardChildren(unitId: number, year: number): Sql[] {
  return [{
    text: `SELECT c.id, c.name, y.metric, y.amount FROM units c LEFT JOIN target_rollup_years y ON y.unit_id = c.id AND y.year = $2 WHERE c.parent_id = $1`,
    values: [unitId, year],
  }];
}
