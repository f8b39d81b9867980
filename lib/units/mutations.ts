// Unit writes. Each runs in one transaction with its unit_events row (the timeline people read) and
// its audit_log row (who did what, for disputes), so no change exists without both.
import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/mutations';
import { searchKey } from '@/lib/text/search-key';
import { todayInVietnam } from '@/lib/i18n/dates';
import { pathIds } from './data';
import { profileValue, type EstablishUnionInput, type ProfileChanges, type ProfileField } from './schema';

type ProfileSnapshot = Record<ProfileField, string | number | null>;

/** Someone saved the profile after this form was loaded; nothing was written. */
export class StaleProfile extends Error {
  constructor(
    readonly current: ProfileSnapshot,
    readonly version: number,
    readonly by: string | null,
    readonly at: Date | null,
  ) {
    super('stale profile version');
  }
}

const PROFILE_SELECT = {
  version: true, name: true, shortName: true, sector: true, foundingDecisionNumber: true, foundingDecisionOn: true,
  employerName: true, employerTaxCode: true, employerAddress: true, workforceTotal: true, workforceWomen: true,
  cbaSignedOn: true, cbaExpiresOn: true, cbaNote: true,
} as const;

/**
 * Saves the fields in `changes` if the unit is still at `baseVersion` (optimistic locking: the row
 * is locked, its version compared, then bumped). Returns the fields that actually changed.
 */
export async function updateUnitProfile(actorId: number, unitId: number, baseVersion: number, changes: ProfileChanges) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM units WHERE id = ${unitId} FOR UPDATE`;
    const { version, ...row } = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: PROFILE_SELECT });
    const current = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, profileValue(v)])) as ProfileSnapshot;
    if (version !== baseVersion) {
      const last = await tx.unitEvent.findFirst({
        where: { unitId, kind: { in: ['profile_changed', 'renamed'] } },
        orderBy: { id: 'desc' },
        select: { createdAt: true, actor: { select: { displayName: true } } },
      });
      throw new StaleProfile(current, version, last?.actor?.displayName ?? null, last?.createdAt ?? null);
    }
    const diff: Record<string, [unknown, unknown]> = {};
    for (const [field, value] of Object.entries(changes) as [ProfileField, unknown][]) {
      if (value === undefined) continue;
      const after = profileValue(value);
      if (after !== current[field]) diff[field] = [current[field], after];
    }
    const fields = Object.keys(diff) as ProfileField[];
    if (fields.length === 0) return { version, changed: fields };

    const data = Object.fromEntries(fields.map((field) => [field, changes[field]]));
    const updated = await tx.unit.update({
      where: { id: unitId },
      data: { ...data, ...(changes.name ? { nameSearch: searchKey(changes.name) } : {}), version: { increment: 1 } },
      select: { version: true },
    });
    await tx.unitEvent.create({
      data: { unitId, kind: diff.name ? 'renamed' : 'profile_changed', occurredOn: todayInVietnam(), actorId, changes: diff as object },
    });
    await writeAudit(tx, {
      actorId, action: 'unit.editProfile', entity: 'unit', entityId: unitId, unitId,
      before: Object.fromEntries(fields.map((f) => [f, diff[f][0]])) as object,
      after: { ...(Object.fromEntries(fields.map((f) => [f, diff[f][1]])) as object), version: updated.version },
    });
    return { version: updated.version, changed: fields };
  });
}

/** The code is already used by another unit (codes are unique across the whole tree). */
export class UnitCodeTaken extends Error {}

/**
 * Creates a grassroots union under `parent`: the unit with its materialised path, its (empty) counter
 * row, the first parent link (dated by the founding decision, so reports of that year count it under
 * this parent), the "founded" event and the audit row, all in one transaction.
 */
export async function establishUnion(actorId: number, parent: { id: number; path: string }, input: EstablishUnionInput) {
  try {
    return await db.$transaction(async (tx) => {
      // The path ends with the row's own id: take the id from the sequence first, so the row is
      // inserted once with its final path (a placeholder path would collide between concurrent inserts).
      const [{ id }] = await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('units', 'id'))::int AS id`;
      const unit = await tx.unit.create({
        data: {
          id, kind: 'grassroots', parentId: parent.id, path: `${parent.path}${id}/`, depth: pathIds(parent.path).length,
          code: input.code, name: input.name, nameSearch: searchKey(input.name), sector: input.sector, employerName: input.employerName,
          foundingDecisionNumber: input.foundingDecisionNumber, foundingDecisionOn: input.foundingDecisionOn, foundedOn: input.foundingDecisionOn,
        },
        select: { id: true, path: true, code: true, name: true },
      });
      await tx.unitCounter.create({ data: { unitId: unit.id } });
      await tx.unitPathHistory.create({ data: { unitId: unit.id, path: unit.path, validFrom: input.foundingDecisionOn } });
      await tx.unitParentLink.create({ data: { unitId: unit.id, toParentId: parent.id, effectiveOn: input.foundingDecisionOn, decisionNumber: input.foundingDecisionNumber } });
      await tx.unitEvent.create({
        data: { unitId: unit.id, kind: 'founded', occurredOn: input.foundingDecisionOn, decisionNumber: input.foundingDecisionNumber, toParentId: parent.id, actorId },
      });
      await writeAudit(tx, {
        actorId, action: 'unit.establish', entity: 'unit', entityId: unit.id, unitId: unit.id,
        after: { code: unit.code, name: unit.name, parentId: parent.id, sector: input.sector, decision: input.foundingDecisionNumber, foundedOn: profileValue(input.foundingDecisionOn) },
      });
      return unit;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new UnitCodeTaken();
    throw error;
  }
}
