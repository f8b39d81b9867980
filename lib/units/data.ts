// Reads of the union tree, always given the actor's scope. A unit outside the actor's grants is
// reported as null, exactly as a unit that does not exist (pages then answer "not found").
import 'server-only';
import { db } from '@/lib/db';
import { can, scopeRoots, type Action, type Actor } from '@/lib/auth/policy';
import type { UnitKind, UnitStatus } from '@/lib/generated/prisma/client';

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
 * The children of a unit with their subtree's active members, summed from per-unit counter rows.
 * The range `path ~>=~ c.path AND path ~<~ c.path || ':'` is the prefix match written so that the
 * text_pattern_ops index on units.path serves it for every child (':' sorts right after the digits
 * and '/' that paths are made of); a LIKE with a per-row pattern would scan the table per child.
 */
export async function listChildrenWithCounts(unitId: number): Promise<ChildUnitRow[]> {
  const rows = await db.$queryRaw<
    { id: number; kind: UnitKind; code: string; name: string; status: UnitStatus; members: bigint; women: bigint; grassroots: bigint }[]
  >`
    SELECT c.id, c.kind, c.code, c.name, c.status,
           COALESCE(SUM(uc.active_members), 0) AS members,
           COALESCE(SUM(uc.active_women), 0) AS women,
           COUNT(d.id) FILTER (WHERE d.kind = 'grassroots' AND d.status = 'active') AS grassroots
    FROM units c
    JOIN units d ON d.path ~>=~ c.path AND d.path ~<~ (c.path || ':')
    LEFT JOIN unit_counters uc ON uc.unit_id = d.id
    WHERE c.parent_id = ${unitId}
    GROUP BY c.id
    ORDER BY c.status, c.name`;
  return rows.map((row) => ({
    id: row.id, kind: row.kind, code: row.code, name: row.name, status: row.status,
    activeMembers: Number(row.members), activeWomen: Number(row.women), grassrootsUnits: Number(row.grassroots),
  }));
}

/** Active members, women and active grassroots unions in a unit's whole subtree. */
export async function getSubtreeTotals(unit: Pick<UnitSummary, 'path'>) {
  const [row] = await db.$queryRaw<{ members: bigint; women: bigint; grassroots: bigint }[]>`
    SELECT COALESCE(SUM(uc.active_members), 0) AS members,
           COALESCE(SUM(uc.active_women), 0) AS women,
           COUNT(d.id) FILTER (WHERE d.kind = 'grassroots' AND d.status = 'active') AS grassroots
    FROM units d LEFT JOIN unit_counters uc ON uc.unit_id = d.id
    WHERE d.path ~>=~ ${unit.path} AND d.path ~<~ (${unit.path} || ':')`;
  return { activeMembers: Number(row.members), activeWomen: Number(row.women), grassrootsUnits: Number(row.grassroots) };
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
