// Reads of emulation movements. A movement is open to the units of its audience kind in the
// launching unit's subtree; the launching unit follows who joined and who reported.
import 'server-only';
import { db } from '@/lib/db';
import { pathIds } from '@/lib/units/data';

/** A movement with its launching unit's path as `path`, so the policy can place it. */
export async function getMovement(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const movement = await db.movement.findUnique({ where: { id } });
  if (!movement) return null;
  const unit = await db.unit.findUniqueOrThrow({ where: { id: movement.unitId }, select: { path: true, name: true } });
  return { ...movement, path: unit.path, unitName: unit.name };
}

/** Movements launched by the unit or any unit above it: those the unit may join. */
export async function listMovementsAbove(unit: { path: string }) {
  const rows = await db.movement.findMany({ where: { unitId: { in: pathIds(unit.path) } }, orderBy: [{ startsOn: 'desc' }, { id: 'desc' }], take: 100 });
  const names = await db.unit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.unitId))] } }, select: { id: true, name: true } });
  return rows.map((row) => ({ ...row, unitName: names.find((n) => n.id === row.unitId)?.name ?? '' }));
}

/** The registration of one unit, if any. */
export async function getRegistration(movementId: number, unitId: number) {
  return db.movementRegistration.findUnique({ where: { movementId_unitId: { movementId, unitId } } });
}

/**
 * Participation in a movement: every unit of the audience in the launching unit's subtree, with
 * whether it registered and reported. Audience units are found by one path range on `units`.
 */
export async function movementParticipation(movement: { id: number; path: string; audienceKind: string }, limit = 500) {
  const rows = await db.$queryRaw<{ id: number; name: string; code: string; registered_on: Date | null; reported_on: Date | null }[]>`
    SELECT u.id, u.name, u.code, r.registered_on, r.reported_on
    FROM units u
    LEFT JOIN movement_registrations r ON r.unit_id = u.id AND r.movement_id = ${movement.id}
    WHERE u.path LIKE ${movement.path} || '%' AND u.kind::text = ${movement.audienceKind} AND u.status = 'active'
    ORDER BY (r.reported_on IS NOT NULL), (r.registered_on IS NOT NULL), u.name
    LIMIT ${limit}`;
  const [counts] = await db.$queryRaw<{ audience: bigint; registered: bigint; reported: bigint }[]>`
    SELECT count(*) AS audience, count(r.id) AS registered, count(r.reported_on) AS reported
    FROM units u
    LEFT JOIN movement_registrations r ON r.unit_id = u.id AND r.movement_id = ${movement.id}
    WHERE u.path LIKE ${movement.path} || '%' AND u.kind::text = ${movement.audienceKind} AND u.status = 'active'`;
  return {
    units: rows.map((r) => ({ id: r.id, name: r.name, code: r.code, registeredOn: r.registered_on, reportedOn: r.reported_on })),
    audience: Number(counts.audience),
    registered: Number(counts.registered),
    reported: Number(counts.reported),
  };
}

export interface NotReportedRow {
  id: number;
  code: string;
  name: string;
  parentName: string | null;
  registeredOn: Date | null;
}

/**
 * Units of the movement's audience that have not reported (registered or not), one keyset page in
 * id order: the launching unit's chase list, exported to .xlsx.
 */
export async function listNotReportedAfter(movement: { id: number; path: string; audienceKind: string }, afterId: number, limit: number) {
  return db.$queryRaw<NotReportedRow[]>`
    SELECT u.id, u.code, u.name, p.name AS "parentName", r.registered_on AS "registeredOn"
    FROM units u
    LEFT JOIN units p ON p.id = u.parent_id
    LEFT JOIN movement_registrations r ON r.unit_id = u.id AND r.movement_id = ${movement.id}
    WHERE u.path LIKE ${movement.path} || '%' AND u.kind::text = ${movement.audienceKind} AND u.status = 'active'
      AND r.reported_on IS NULL AND u.id > ${afterId}
    ORDER BY u.id
    LIMIT ${limit}`;
}
