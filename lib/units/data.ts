// Reads of the union tree, always given the actor's scope. A unit outside the actor's grants is
// reported as null, exactly as a unit that does not exist (pages then answer "not found").
import 'server-only';
import { db, prepared } from '@/lib/db';
import { can, scopeRoots, type Action, type Actor } from '@/lib/auth/policy';
import { Prisma, type UnitEventKind, type UnitKind, type UnitStatus } from '@/lib/generated/prisma/client';
import { searchKey } from '@/lib/text/search-key';
import { todayInVietnam } from '@/lib/i18n/dates';
import { CBA_EXPIRING_DAYS, type CbaStatus, type Sector, type UnitListFilter, type UnitSort } from './schema';

export const UNIT_PAGE_SIZE = 50;

export interface UnitSummary {
  id: number;
  kind: UnitKind;
  code: string;
  name: string;
  shortName: string | null;
  status: UnitStatus;
  path: string;
  parentId: number | null;
  foundedOn: Date | null;
}

const summarySelect = {
  id: true, kind: true, code: true, name: true, shortName: true, status: true, path: true, parentId: true, foundedOn: true,
} as const;

/** The ids on a materialised path, root first: "/1/4/9/" → [1, 4, 9]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/** The unit if it exists and the actor may `action` on it; otherwise null (not found). */
export async function getUnit(actor: Actor | null, id: number, action: Action = 'unit.view'): Promise<UnitSummary | null> {
  if (!actor || !Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const unit = await db.unit.findUnique({ where: { id }, select: summarySelect });
  return unit && can(actor, action, unit) ? unit : null;
}

/**
 * The unit's ancestors, root first, marking which ones the actor may open: the breadcrumb shows the
 * whole chain (people need to know where a union sits) but links only inside their scope.
 */
export async function getParentChain(actor: Actor, unit: Pick<UnitSummary, 'path'>) {
  const ids = pathIds(unit.path).slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, name: true, shortName: true, path: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, isInScope: can(actor, 'unit.view', row) }] : [];
  });
}

export interface ChildUnitRow {
  id: number;
  kind: UnitKind;
  code: string;
  name: string;
  status: UnitStatus;
  activeMembers: number;
  activeWomen: number;
  grassrootsUnits: number;
}

/**
 * Subtree figures from the target rollups (README, "Targets and dashboards"): active members and
 * women (stocks at the end of the current month) and grassroots unions, per unit id, each unit's
 * current row (one index probe) plus the deltas not yet folded, so a write just made counts.
 * `ids` is a subquery or array of unit ids.
 */
function subtreeFigures(ids: Prisma.Sql, today: Date) {
  return Prisma.sql`SELECT unit_id, members, women, grassroots FROM target_unit_stocks(${ids}, ${today}::date)`;
}

/** The children of a unit with their subtree's active members, women and grassroots unions (rollups). */
export async function listChildrenWithCounts(unitId: number, today: Date = todayInVietnam()): Promise<ChildUnitRow[]> {
  const rows = await db.$queryRaw<
    { id: number; kind: UnitKind; code: string; name: string; status: UnitStatus; members: bigint | null; women: bigint | null; grassroots: bigint | null }[]
  >`
    WITH c AS (SELECT id, kind, code, name, status FROM units WHERE parent_id = ${unitId})
    SELECT c.id, c.kind, c.code, c.name, c.status, f.members, f.women, f.grassroots
    FROM c LEFT JOIN (${subtreeFigures(Prisma.sql`ARRAY(SELECT id FROM c)`, today)}) f ON f.unit_id = c.id
    ORDER BY c.status, c.name`;
  return rows.map((row) => ({
    id: row.id, kind: row.kind, code: row.code, name: row.name, status: row.status,
    activeMembers: Number(row.members ?? 0), activeWomen: Number(row.women ?? 0), grassrootsUnits: Number(row.grassroots ?? 0),
  }));
}

/** Active members, women and active grassroots unions in a unit's whole subtree (rollups). */
export async function getSubtreeTotals(unit: Pick<UnitSummary, 'path'>, today: Date = todayInVietnam()) {
  const id = pathIds(unit.path).at(-1)!;
  const [row] = await db.$queryRaw<{ members: bigint; women: bigint; grassroots: bigint }[]>`
    ${subtreeFigures(Prisma.sql`ARRAY[${id}::int]`, today)}`;
  return { activeMembers: Number(row?.members ?? 0), activeWomen: Number(row?.women ?? 0), grassrootsUnits: Number(row?.grassroots ?? 0) };
}

/**
 * Active members under a set of scope paths (disjoint subtrees, as scopeRoots gives them), from the
 * target rollups: one current row per path plus pending deltas, whatever the subtrees' size.
 */
export async function countActiveMembersUnder(scopePaths: string[], today: Date = todayInVietnam()): Promise<number> {
  const ids = scopePaths.map((path) => pathIds(path).at(-1)).filter((id): id is number => id !== undefined);
  if (ids.length === 0) return 0;
  const [row] = await db.$queryRaw<{ members: bigint | null }[]>`${prepared}
    SELECT SUM(members) AS members FROM (${subtreeFigures(Prisma.sql`${ids}::int[]`, today)}) f`;
  return Number(row?.members ?? 0);
}

/** The units at the top of the actor's scope (their grants, without nested duplicates). */
export async function listScopeRootUnits(actor: Actor) {
  const roots = scopeRoots(actor, 'unit.view');
  if (roots.length === 0) return [];
  return db.unit.findMany({ where: { path: { in: roots } }, select: summarySelect, orderBy: { path: 'asc' } });
}

/** Names of the units the actor holds grants on, with the role: "who am I here". */
export async function describeScope(actor: Actor) {
  const units = await db.unit.findMany({
    where: { id: { in: actor.grants.map((g) => g.unitId) } },
    select: { id: true, name: true, shortName: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  return actor.grants.flatMap((grant) => {
    const unit = byId.get(grant.unitId);
    return unit ? [{ role: grant.role, unitId: unit.id, unitName: unit.shortName ?? unit.name }] : [];
  });
}

/**
 * The unit a scoped page is about (`unitId` if in scope, else the first unit the actor holds a role
 * on) and the choices for its unit picker: the scope's top units, that unit and the units under it.
 * Null when the actor has no scope or asked for a unit outside it.
 */
export async function resolvePageUnit(actor: Actor, unitId: number | undefined) {
  const roots = await listScopeRootUnits(actor);
  if (roots.length === 0) return null;
  const unit = unitId ? await getUnit(actor, unitId) : roots[0];
  if (!unit) return null;
  const children = await listChildrenWithCounts(unit.id);
  const choices = new Map<number, string>();
  for (const u of [...roots, unit, ...children]) choices.set(u.id, u.name);
  return { unit, choices: [...choices].map(([id, name]) => ({ id, name })) };
}

/** The top units of the tree (the confederation, or each federation where there is none above). */
export async function listRootUnits() {
  return db.unit.findMany({ where: { parentId: null }, select: summarySelect, orderBy: { id: 'asc' } });
}

export interface UnitListRow {
  id: number;
  kind: UnitKind;
  code: string;
  name: string;
  status: UnitStatus;
  sector: Sector | null;
  parentName: string | null;
  foundedOn: Date | null;
  cbaSignedOn: Date | null;
  cbaExpiresOn: Date | null;
  employerName: string | null;
  workforceTotal: number | null;
  activeMembers: number;
  activeWomen: number;
}

type Cursor = [key: string | number, id: number];

function encodeListCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeListCursor(text: string | undefined, sort: UnitSort): Cursor | null {
  if (!text) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Number.isSafeInteger(id)) return null;
    if (sort === 'members') return Number.isSafeInteger(key) ? [key, id] : null;
    if (sort === 'founded') return typeof key === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(key) ? [key, id] : null;
    return typeof key === 'string' ? [key, id] : null;
  } catch {
    return null;
  }
}

/** Escapes LIKE's wildcards so a typed "%" or "_" is matched literally. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function cbaCondition(status: CbaStatus, today: Date): Prisma.Sql {
  const horizon = new Date(today.getTime() + CBA_EXPIRING_DAYS * 86_400_000);
  switch (status) {
    case 'none': return Prisma.sql`u.cba_expires_on IS NULL`;
    case 'expired': return Prisma.sql`u.cba_expires_on < ${today}::date`;
    case 'expiring': return Prisma.sql`u.cba_expires_on >= ${today}::date AND u.cba_expires_on <= ${horizon}::date`;
    case 'valid': return Prisma.sql`u.cba_expires_on > ${horizon}::date`;
  }
}

/**
 * One keyset page of the units in the actor's scope that match `filter`. The scope is one indexed
 * path range per scope root; each listed unit's subtree members come from its current rollup row. Sorts: name (A→Z), members (most first), founding date
 * (newest first); ties broken by id so the cursor is exact.
 */
export async function listUnits(actor: Actor, filter: UnitListFilter, today: Date, pageSize = UNIT_PAGE_SIZE) {
  const roots = scopeRoots(actor, 'unit.view');
  if (roots.length === 0) return { rows: [] as UnitListRow[], next: null };
  const inScope = Prisma.join(roots.map((root) => Prisma.sql`(u.path ~>=~ ${root} AND u.path ~<~ ${`${root}:`})`), ' OR ');
  const where: Prisma.Sql[] = [Prisma.sql`(${inScope})`];
  if (filter.kind) where.push(Prisma.sql`u.kind = ${filter.kind}::unit_kind`);
  if (filter.sector) where.push(Prisma.sql`u.sector = ${filter.sector}::unit_sector`);
  if (filter.status) where.push(Prisma.sql`u.status = ${filter.status}::unit_status`);
  if (filter.cba) where.push(cbaCondition(filter.cba, today));
  if (filter.year) where.push(Prisma.sql`u.founded_on >= make_date(${filter.year}::int, 1, 1) AND u.founded_on < make_date(${filter.year}::int + 1, 1, 1)`);
  if (filter.q) {
    where.push(Prisma.sql`(u.name_search LIKE ${likeContains(searchKey(filter.q))} OR lower(u.code) LIKE ${likeContains(filter.q.toLowerCase())})`);
  }
  const after = decodeListCursor(filter.after, filter.sort);
  type Row = Omit<UnitListRow, 'activeMembers' | 'activeWomen'> & { members: bigint; women: bigint; sort_key: unknown };
  const columns = Prisma.sql`u.id, u.kind, u.code, u.name, u.name_search, u.status, u.sector, u.founded_on AS "foundedOn",
             COALESCE(u.founded_on, DATE '0001-01-01') AS founded_key, u.path, u.parent_id,
             u.cba_signed_on AS "cbaSignedOn", u.cba_expires_on AS "cbaExpiresOn",
             u.employer_name AS "employerName", u.workforce_total AS "workforceTotal"`;
  let rows: Row[];
  if (filter.sort === 'members') {
    // Every listed unit's subtree total is needed to sort: one current rollup row per unit. The
    // parents' names are looked up for the page only: joined before the sort, the planner hashed the
    // whole units table for a province's 4,291 units (148 of 250 ms).
    const keyset = after ? Prisma.sql`(x.members, x.id) < (${after[0]}::bigint, ${after[1]}::int)` : Prisma.sql`true`;
    rows = await db.$queryRaw<Row[]>`
      WITH u AS MATERIALIZED (SELECT ${columns} FROM units u WHERE ${Prisma.join(where, ' AND ')}),
      page AS MATERIALIZED (
        SELECT x.* FROM (
          SELECT u.*, COALESCE(s.members, 0) AS members, COALESCE(s.women, 0) AS women
          FROM u
          LEFT JOIN (${subtreeFigures(Prisma.sql`ARRAY(SELECT id FROM u)`, today)}) s ON s.unit_id = u.id
        ) x
        WHERE ${keyset}
        ORDER BY x.members DESC, x.id DESC
        LIMIT ${pageSize + 1}
      )
      SELECT page.*, page.members AS sort_key, p.name AS "parentName"
      FROM page LEFT JOIN units p ON p.id = page.parent_id
      ORDER BY page.members DESC, page.id DESC`;
  } else {
    // Name or founding date: find the page first (an index walk), then sum members for its rows only.
    const founded = filter.sort === 'founded';
    const [sortKey, order, keyset] = founded
      ? [Prisma.sql`x.founded_key`, Prisma.sql`founded_key DESC, id DESC`, after && Prisma.sql`(COALESCE(u.founded_on, DATE '0001-01-01'), u.id) < (${after[0]}::date, ${after[1]}::int)`]
      : [Prisma.sql`x.name_search`, Prisma.sql`name_search, id`, after && Prisma.sql`(u.name_search, u.id) > (${after[0]}::text, ${after[1]}::int)`];
    rows = await db.$queryRaw<Row[]>`
      WITH x AS MATERIALIZED (
        SELECT ${columns} FROM units u
        WHERE ${Prisma.join(where, ' AND ')} AND ${keyset ?? Prisma.sql`true`}
        ORDER BY ${order}
        LIMIT ${pageSize + 1}
      )
      SELECT x.*, ${sortKey} AS sort_key, p.name AS "parentName", COALESCE(s.members, 0) AS members, COALESCE(s.women, 0) AS women
      FROM x
      LEFT JOIN units p ON p.id = x.parent_id
      LEFT JOIN (${subtreeFigures(Prisma.sql`ARRAY(SELECT id FROM x)`, today)}) s ON s.unit_id = x.id
      ORDER BY ${founded ? Prisma.sql`x.founded_key DESC, x.id DESC` : Prisma.sql`x.name_search, x.id`}`;
  }

  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const lastKey = (row: (typeof rows)[number]): string | number =>
    filter.sort === 'members' ? Number(row.members) : filter.sort === 'founded' ? (row.sort_key as Date).toISOString().slice(0, 10) : String(row.sort_key);
  return {
    rows: page.map(({ members, women, ...row }): UnitListRow => ({
      id: row.id, kind: row.kind, code: row.code, name: row.name, status: row.status, sector: row.sector,
      parentName: row.parentName, foundedOn: row.foundedOn, cbaSignedOn: row.cbaSignedOn, cbaExpiresOn: row.cbaExpiresOn,
      employerName: row.employerName, workforceTotal: row.workforceTotal,
      activeMembers: Number(members), activeWomen: Number(women),
    })),
    next: rows.length > pageSize && last ? encodeListCursor([lastKey(last), last.id]) : null,
  };
}

export interface UnitProfile {
  sector: Sector | null;
  employerName: string | null;
  employerTaxCode: string | null;
  employerAddress: string | null;
  workforceTotal: number | null;
  workforceWomen: number | null;
  foundingDecisionNumber: string | null;
  foundingDecisionOn: Date | null;
  cbaSignedOn: Date | null;
  cbaExpiresOn: Date | null;
  cbaNote: string | null;
  provisionalChair: string | null;
  closedOn: Date | null;
  closingDecisionNumber: string | null;
  closingReason: string | null;
  mergedInto: { id: number; name: string } | null;
  fromEmployer: { id: number; name: string; wardUnitId: number } | null;
  version: number;
  updatedAt: Date;
}

/** The profile columns of a unit the caller has already resolved through the actor's scope. */
export async function getUnitProfile(unitId: number): Promise<UnitProfile | null> {
  return db.unit.findUnique({
    where: { id: unitId },
    select: {
      sector: true, employerName: true, employerTaxCode: true, employerAddress: true, workforceTotal: true, workforceWomen: true,
      foundingDecisionNumber: true, foundingDecisionOn: true, cbaSignedOn: true, cbaExpiresOn: true, cbaNote: true, version: true, updatedAt: true,
      provisionalChair: true, closedOn: true, closingDecisionNumber: true, closingReason: true,
      mergedInto: { select: { id: true, name: true } },
      fromEmployer: { select: { id: true, name: true, wardUnitId: true } },
    },
  });
}

/**
 * The people holding a chair grant on the unit: the chair slot of the profile. Officials beyond the
 * chair are not modelled yet (a later issue adds committee terms); the slot shows who answers for it.
 */
export async function listUnitOfficials(unitId: number) {
  const grants = await db.roleGrant.findMany({
    where: { unitId, role: 'chair', user: { isActive: true } },
    select: { role: true, user: { select: { id: true, displayName: true, memberId: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return grants.map((g) => ({ role: g.role, userId: g.user.id, name: g.user.displayName, memberId: g.user.memberId }));
}

export const TIMELINE_PAGE_SIZE = 50;

export interface UnitEventRow {
  id: string;
  kind: UnitEventKind;
  occurredOn: Date;
  decisionNumber: string | null;
  fromParent: { id: number; name: string } | null;
  toParent: { id: number; name: string } | null;
  actorName: string | null;
  changes: Record<string, [unknown, unknown]> | null;
  createdAt: Date;
}

/** The newest events of a unit's timeline, newest first (the index on (unit_id, occurred_on, id) serves it). */
export async function listUnitEvents(unitId: number, take = TIMELINE_PAGE_SIZE): Promise<UnitEventRow[]> {
  const rows = await db.unitEvent.findMany({
    where: { unitId },
    orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true, kind: true, occurredOn: true, decisionNumber: true, changes: true, createdAt: true,
      fromParent: { select: { id: true, name: true } },
      toParent: { select: { id: true, name: true } },
      actor: { select: { displayName: true } },
    },
  });
  return rows.map((row) => ({
    id: String(row.id), kind: row.kind, occurredOn: row.occurredOn, decisionNumber: row.decisionNumber,
    fromParent: row.fromParent, toParent: row.toParent, actorName: row.actor?.displayName ?? null,
    changes: (row.changes as Record<string, [unknown, unknown]> | null) ?? null, createdAt: row.createdAt,
  }));
}

/** The next free "<parent code>-NNN" code under a parent, as a suggestion the person may change. */
export async function suggestChildCode(parent: { id: number; code: string }): Promise<string> {
  const rows = await db.unit.findMany({ where: { code: { startsWith: `${parent.code}-` } }, select: { code: true } });
  const numbers = rows.map((r) => Number(r.code.slice(parent.code.length + 1))).filter(Number.isSafeInteger);
  return `${parent.code}-${String(Math.max(0, ...numbers) + 1).padStart(3, '0')}`;
}

// ── Reorganising: the choices of the forms, and the dated roll-up ────────────────────────────────

export interface UnitChoice {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
}

/** A ward union's grassroots unions (or a union's groups) are a few hundred at most; the cap only guards the page. */
const MAX_CHILDREN = 1000;

/** The active units of `kind` directly under `parentId`: what a transfer may move from it. */
export async function listActiveChildren(parentId: number, kind: 'grassroots' | 'group'): Promise<UnitChoice[]> {
  return db.unit.findMany({
    where: { parentId, kind, status: 'active' },
    select: { id: true, code: true, name: true, kind: true },
    orderBy: [{ nameSearch: 'asc' }, { id: 'asc' }],
    take: MAX_CHILDREN,
  });
}

export interface UnitPickerRow extends UnitChoice {
  parentName: string | null;
}

/** The picker's page: keyset on (name_search, id), so a national scope of 130,000 units is never listed whole. */
export const PICKER_PAGE_SIZE = 20;

/**
 * One page of the active units of `kinds` the actor may `action` on (one indexed path range per
 * scope root) whose accent-insensitive name or code contains `q` (the trigram indexes on
 * units.name_search and lower(code) serve the match), ordered by name, after the keyset cursor
 * `after`. The units a person may choose as a target or survivor: never anything outside what they manage.
 */
export async function searchManagedUnits(
  actor: Actor,
  { kinds, q, after, exclude = [] }: { kinds: readonly UnitKind[]; q?: string; after?: string; exclude?: number[] },
  pageSize = PICKER_PAGE_SIZE,
  action: Action = 'unit.manage',
): Promise<{ rows: UnitPickerRow[]; next: string | null }> {
  const roots = scopeRoots(actor, action);
  if (roots.length === 0 || kinds.length === 0) return { rows: [], next: null };
  const ranges = roots.map((root) => Prisma.sql`(u.path ~>=~ ${root} AND u.path ~<~ ${`${root}:`})`);
  const where: Prisma.Sql[] = [Prisma.sql`(${Prisma.join(ranges, ' OR ')})`, Prisma.sql`u.status = 'active'`, Prisma.sql`u.kind = ANY(${kinds}::unit_kind[])`];
  if (exclude.length) where.push(Prisma.sql`u.id <> ALL(${exclude}::int[])`);
  const text = q?.trim();
  if (text) where.push(Prisma.sql`(u.name_search LIKE ${likeContains(searchKey(text))} OR lower(u.code) LIKE ${likeContains(text.toLowerCase())})`);
  const cursor = decodeListCursor(after, 'name');
  if (cursor) where.push(Prisma.sql`(u.name_search, u.id) > (${String(cursor[0])}::text, ${cursor[1]}::int)`);
  const rows = await db.$queryRaw<(UnitPickerRow & { name_search: string })[]>`
    SELECT u.id, u.code, u.name, u.kind, u.name_search, p.name AS "parentName"
    FROM units u LEFT JOIN units p ON p.id = u.parent_id
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY u.name_search, u.id
    LIMIT ${pageSize + 1}`;
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({ id: row.id, code: row.code, name: row.name, kind: row.kind, parentName: row.parentName })),
    next: rows.length > pageSize && last ? encodeListCursor([last.name_search, last.id]) : null,
  };
}

export interface AsOfUnionRow {
  id: number;
  code: string;
  name: string;
  status: UnitStatus;
  parentId: number | null;
  parentName: string | null;
  members: number;
}

/**
 * The grassroots unions that stood under `unitId` on date `on`, each with the parent it had then and
 * its members on that day (membership periods open on `on`: admitted on or before it, not left by
 * it; a transfer's old period ends and new one starts on the same day, so nobody counts twice).
 * The subtree is found through unit_path_history (the unit's path on that day, then every path
 * valid that day under it), and members are counted only for those unit ids. Null when the unit did
 * not exist (or had no recorded place) on that date.
 */
export async function listSubtreeAsOf(unitId: number, on: Date): Promise<{ rows: AsOfUnionRow[]; members: number } | null> {
  const day = on.toISOString().slice(0, 10);
  const [self] = await db.$queryRaw<{ path: string }[]>`
    SELECT path FROM unit_path_history
    WHERE unit_id = ${unitId} AND valid_from <= ${day}::date AND (valid_to IS NULL OR valid_to > ${day}::date)
    ORDER BY valid_from DESC LIMIT 1`;
  if (!self) return null;
  const rows = await db.$queryRaw<(Omit<AsOfUnionRow, 'members'> & { members: number })[]>`
    WITH placed AS (
      SELECT h.unit_id, h.path,
             (string_to_array(trim(both '/' from h.path), '/'))[array_length(string_to_array(trim(both '/' from h.path), '/'), 1) - 1]::int AS parent_id
      FROM unit_path_history h
      WHERE h.path ~>=~ ${self.path} AND h.path ~<~ (${self.path} || ':')
        AND h.valid_from <= ${day}::date AND (h.valid_to IS NULL OR h.valid_to > ${day}::date)
        AND h.unit_id <> ${unitId}
    )
    SELECT u.id, u.code, u.name, u.status, t.parent_id AS "parentId", p.name AS "parentName",
           (SELECT count(*)::int FROM memberships ms
             WHERE ms.unit_id = u.id AND ms.admitted_on <= ${day}::date AND (ms.left_on IS NULL OR ms.left_on > ${day}::date)) AS members
    FROM placed t
    JOIN units u ON u.id = t.unit_id AND u.kind = 'grassroots'
    LEFT JOIN units p ON p.id = t.parent_id
    ORDER BY p.name_search NULLS FIRST, u.name_search, u.id`;
  return { rows, members: rows.reduce((sum, row) => sum + row.members, 0) };
}

/**
 * What the merge and dissolve pages need about a grassroots union the actor manages: its place, its
 * active members, one picker page of the other grassroots unions they manage matching `search`
 * (where members may go) and whether there is any at all, and, once it is closed, how it closed. Null when it is not a grassroots union in the actor's reach.
 */
export async function getUnionForClosing(actor: Actor | null, id: number, search: { q?: string; after?: string } = {}) {
  const unit = await getUnit(actor, id, 'unit.manage');
  if (!actor || !unit || unit.kind !== 'grassroots') return null;
  const none = { rows: [] as UnitPickerRow[], next: null };
  if (unit.status !== 'active') return { actor, unit, closing: await getUnitProfile(unit.id), chain: [], activeMembers: 0, others: none, hasOthers: false };
  const [chain, totals, others, any] = await Promise.all([
    getParentChain(actor, unit), getSubtreeTotals(unit),
    searchManagedUnits(actor, { kinds: ['grassroots'], exclude: [unit.id], ...search }),
    searchManagedUnits(actor, { kinds: ['grassroots'], exclude: [unit.id] }, 1),
  ]);
  return { actor, unit, closing: null, chain, activeMembers: totals.activeMembers, others, hasOthers: any.rows.length > 0 };
}
