// Unit writes. Each runs in one transaction with its unit_events row (the timeline people read) and
// its audit_log row (who did what, for disputes), so no change exists without both.
import 'server-only';
import { db, type Tx } from '@/lib/db';
import { Prisma, type LeaveReason, type UnitKind, type UnitStatus } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/mutations';
import { adjustUnitCounter } from '@/lib/members/mutations';
import { searchKey } from '@/lib/text/search-key';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { pathIds } from './data';
import {
  PARENT_KINDS, profileValue,
  type DissolveUnionInput, type EstablishUnionInput, type MergeUnionInput, type ProfileChanges, type ProfileField, type TransferUnitsInput,
} from './schema';

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

/** The employer the union is established from cannot be used: already established, or too few applications. */
export class EmployerNotReady extends Error {
  constructor(readonly key: 'errors.unit.employerNotReady' | 'errors.unit.employerEstablished' | 'errors.notFound') {
    super(key);
  }
}

/** Applications needed before a union is established from an employer (lib/employers/schema.ts says why). */
const MIN_APPLICATIONS = 5;

/**
 * Creates a grassroots union under `parent`: the unit with its materialised path, its (empty) counter
 * row, the first parent link (dated by the founding decision, so reports of that year count it under
 * this parent), the "founded" event and the audit row, all in one transaction.
 */
export async function establishUnion(actorId: number, parent: { id: number; path: string }, input: EstablishUnionInput) {
  try {
    return await db.$transaction(async (tx) => {
      if (input.employerId) {
        // Locked so that two people establishing from the same employer cannot both succeed.
        const [employer] = await tx.$queryRaw<{ status: string; applications_received: number }[]>`
          SELECT status, applications_received FROM unionless_employers WHERE id = ${input.employerId} AND ward_unit_id = ${parent.id} FOR UPDATE`;
        if (!employer) throw new EmployerNotReady('errors.notFound');
        if (employer.status === 'established') throw new EmployerNotReady('errors.unit.employerEstablished');
        if (employer.applications_received < MIN_APPLICATIONS) throw new EmployerNotReady('errors.unit.employerNotReady');
      }
      // The path ends with the row's own id: take the id from the sequence first, so the row is
      // inserted once with its final path (a placeholder path would collide between concurrent inserts).
      const [{ id }] = await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('units', 'id'))::int AS id`;
      const unit = await tx.unit.create({
        data: {
          id, kind: 'grassroots', parentId: parent.id, path: `${parent.path}${id}/`, depth: pathIds(parent.path).length,
          code: input.code, name: input.name, nameSearch: searchKey(input.name), sector: input.sector, employerName: input.employerName,
          foundingDecisionNumber: input.foundingDecisionNumber, foundingDecisionOn: input.foundingDecisionOn, foundedOn: input.foundingDecisionOn,
          provisionalChair: input.provisionalChair ?? null,
        },
        select: { id: true, path: true, code: true, name: true },
      });
      await tx.unitCounter.create({ data: { unitId: unit.id } });
      if (input.employerId) {
        await tx.unionlessEmployer.update({ where: { id: input.employerId }, data: { status: 'established', establishedUnitId: unit.id, version: { increment: 1 } } });
      }
      await tx.unitPathHistory.create({ data: { unitId: unit.id, path: unit.path, validFrom: input.foundingDecisionOn } });
      await tx.unitParentLink.create({ data: { unitId: unit.id, toParentId: parent.id, effectiveOn: input.foundingDecisionOn, decisionNumber: input.foundingDecisionNumber } });
      await tx.unitEvent.create({
        data: { unitId: unit.id, kind: 'founded', occurredOn: input.foundingDecisionOn, decisionNumber: input.foundingDecisionNumber, toParentId: parent.id, actorId },
      });
      await writeAudit(tx, {
        actorId, action: 'unit.establish', entity: 'unit', entityId: unit.id, unitId: unit.id,
        after: {
          code: unit.code, name: unit.name, parentId: parent.id, sector: input.sector, decision: input.foundingDecisionNumber, foundedOn: profileValue(input.foundingDecisionOn),
          provisionalChair: input.provisionalChair ?? null, employerId: input.employerId ?? null,
        },
      });
      return unit;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new UnitCodeTaken();
    throw error;
  }
}

// ── Reorganising the tree: transfer, merge, dissolve ─────────────────────────────────────────────
// Each runs in one transaction that locks the units it touches (in id order, so two reorganisations
// never deadlock), re-checks the invariants on the locked rows, and writes set-based SQL: a subtree
// or a union's members move by one statement each, never row by row, so a union of 10,000 members
// merges in the same few statements as one of ten.

/**
 * Prisma closes an interactive transaction after 5 s by default. Moving a union of 10,000 members
 * (and the rollup triggers' deltas for them) takes about 3 s on a quiet machine and more under load,
 * so these transactions get a minute; waiting for a connection stays short.
 */
const REORGANISATION_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

/** An invariant refused the change on the locked rows; nothing was written. `field` places the message. */
export class TreeConflict extends Error {
  constructor(
    readonly key: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(key);
  }
}

interface LockedUnit {
  id: number;
  kind: UnitKind;
  status: UnitStatus;
  path: string;
  depth: number;
  parent_id: number | null;
  name: string;
}

/**
 * Re-checks the actor's scope on a locked row and throws (the action's own refusal, "not found")
 * when it is outside. The action authorised paths it read before the lock; another reorganisation
 * may have moved the unit out of the actor's reach in between, and only the locked row tells.
 */
export type ScopeGuard = (unit: { path: string }) => void;

/**
 * Locks the units in id order and returns them by id (re-read after the lock: the form may be stale),
 * each found row passed through `guard` so a unit moved out of scope meanwhile is refused here.
 */
async function lockUnits(tx: Tx, ids: number[], guard: ScopeGuard): Promise<Map<number, LockedUnit>> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const rows = await tx.$queryRaw<LockedUnit[]>`
    SELECT id, kind, status, path, depth, parent_id, name FROM units WHERE id = ANY(${sorted}::int[]) ORDER BY id FOR UPDATE`;
  for (const row of rows) guard(row);
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The latest start of an open path-history row in the given subtrees: a move effective on or before
 * it would give that row an empty period, so the effective date must come after it.
 */
async function latestOpenHistory(tx: Tx, prefixes: string[]): Promise<Date | null> {
  const [row] = await tx.$queryRaw<{ latest: Date | null }[]>`
    SELECT max(h.valid_from) AS latest
    FROM unnest(${prefixes}::text[]) AS m(old)
    JOIN units u ON u.path ~>=~ m.old AND u.path ~<~ (m.old || ':')
    JOIN unit_path_history h ON h.unit_id = u.id AND h.valid_to IS NULL`;
  return row?.latest ?? null;
}

function requireAfterHistory(latest: Date | null, effectiveOn: Date) {
  if (latest && effectiveOn <= latest) throw new TreeConflict('errors.unit.effectiveTooEarly', 'effectiveOn', { date: isoDate(latest) });
}

/**
 * Moves `unitIds` (with their whole subtrees) under `targetParentId` by one decision. Rewrites the
 * materialised paths and depths of every unit in the moved subtrees and the `unit_path` of their
 * members (one statement each, on the path prefix), closes the open path-history rows on the
 * effective date and opens new ones, and records a parent link, a "transferred" event and an audit
 * row per moved unit. Initiatives and awards keep the path they were recorded under: a report of an
 * earlier year counts them where the unit stood then.
 */
export async function transferUnits(actorId: number, input: TransferUnitsInput, guard: ScopeGuard) {
  return db.$transaction(async (tx) => {
    const locked = await lockUnits(tx, [...input.unitIds, input.targetParentId], guard);
    const target = locked.get(input.targetParentId);
    const moved = input.unitIds.map((id) => locked.get(id));
    if (!target || moved.some((unit) => !unit)) throw new TreeConflict('errors.notFound');
    const units = moved as LockedUnit[];
    if (target.status !== 'active' || units.some((unit) => unit.status !== 'active')) throw new TreeConflict('errors.unit.notActive');
    if (units.some((unit) => target.path.startsWith(unit.path))) throw new TreeConflict('errors.unit.cycle', 'targetParentId');
    if (units.some((unit) => !PARENT_KINDS[unit.kind]?.includes(target.kind))) throw new TreeConflict('errors.unit.kindRule', 'targetParentId');
    if (units.some((unit) => unit.parent_id === target.id)) throw new TreeConflict('errors.unit.sameParent', 'targetParentId');
    if (units.some((a) => units.some((b) => a !== b && a.path.startsWith(b.path)))) throw new TreeConflict('errors.unit.nestedSelection', 'unitIds');

    const oldPaths = units.map((unit) => unit.path);
    requireAfterHistory(await latestOpenHistory(tx, oldPaths), input.effectiveOn);
    const newPaths = units.map((unit) => `${target.path}${unit.id}/`);
    const depthShift = units.map((unit) => target.depth + 1 - unit.depth);
    const on = isoDate(input.effectiveOn);

    const subtreeUnits = await tx.$executeRaw`
      UPDATE units u
      SET path = m.new || substr(u.path, length(m.old) + 1), depth = u.depth + m.shift, updated_at = now()
      FROM unnest(${oldPaths}::text[], ${newPaths}::text[], ${depthShift}::int[]) AS m(old, new, shift)
      WHERE u.path ~>=~ m.old AND u.path ~<~ (m.old || ':')`;
    const members = await tx.$executeRaw`
      UPDATE members x
      SET unit_path = m.new || substr(x.unit_path, length(m.old) + 1), updated_at = now()
      FROM unnest(${oldPaths}::text[], ${newPaths}::text[]) AS m(old, new)
      WHERE x.unit_path ~>=~ m.old AND x.unit_path ~<~ (m.old || ':')`;
    await tx.$executeRaw`UPDATE units SET parent_id = ${target.id} WHERE id = ANY(${input.unitIds}::int[])`;
    await tx.$executeRaw`
      UPDATE unit_path_history h SET valid_to = ${on}::date
      FROM unnest(${newPaths}::text[]) AS m(new), units u
      WHERE h.unit_id = u.id AND h.valid_to IS NULL AND u.path ~>=~ m.new AND u.path ~<~ (m.new || ':')`;
    await tx.$executeRaw`
      INSERT INTO unit_path_history (unit_id, path, valid_from)
      SELECT u.id, u.path, ${on}::date
      FROM unnest(${newPaths}::text[]) AS m(new) JOIN units u ON u.path ~>=~ m.new AND u.path ~<~ (m.new || ':')`;

    const rows = units.map((unit) => ({ unitId: unit.id, fromParentId: unit.parent_id, toParentId: target.id, decisionNumber: input.decisionNumber }));
    await tx.unitParentLink.createMany({ data: rows.map((row) => ({ ...row, effectiveOn: input.effectiveOn })) });
    await tx.unitEvent.createMany({ data: rows.map((row) => ({ ...row, kind: 'transferred' as const, occurredOn: input.effectiveOn, actorId })) });
    await tx.auditLog.createMany({
      data: units.map((unit, i) => ({
        actorId, action: 'unit.transfer', entity: 'unit', entityId: String(unit.id), unitId: unit.id,
        before: { parentId: unit.parent_id, path: unit.path },
        after: { parentId: target.id, path: newPaths[i], decision: input.decisionNumber, effectiveOn: on },
      })),
    });
    return { moved: units.length, subtreeUnits, members, targetName: target.name };
  }, REORGANISATION_TRANSACTION);
}

/**
 * Moves every active member of `from` into `to` on `effectiveOn`: the open periods close as
 * 'transferred', 'transfer' periods open in `to`, the members' unit and path follow, and each
 * union's counter moves by one UPDATE. Counts come from the rows actually closed (RETURNING), so a
 * member who left meanwhile is neither moved nor counted.
 */
async function moveActiveMembers(tx: Tx, from: LockedUnit, to: LockedUnit, effectiveOn: Date) {
  const on = isoDate(effectiveOn);
  const [{ n, women }] = await tx.$queryRaw<{ n: number; women: number }[]>`
    WITH closed AS (
      UPDATE memberships SET left_on = ${on}::date, leave_reason = 'transferred'
      WHERE unit_id = ${from.id} AND left_on IS NULL
      RETURNING member_id
    ), opened AS (
      INSERT INTO memberships (member_id, unit_id, admitted_on, admission_kind)
      SELECT member_id, ${to.id}, ${on}::date, 'transfer' FROM closed
      RETURNING member_id
    ), moved AS (
      UPDATE members x SET unit_id = ${to.id}, unit_path = ${to.path}, version = x.version + 1, updated_at = now()
      FROM opened WHERE x.id = opened.member_id
      RETURNING x.gender
    )
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE gender = 'female'))::int AS women FROM moved`;
  if (n > 0) {
    await adjustUnitCounter(tx, from.id, -n, -women);
    await adjustUnitCounter(tx, to.id, n, women);
  }
  return { n, women };
}

/** Records every active member of `unit` as leaving on `effectiveOn` (one statement), and empties its counter. */
async function releaseActiveMembers(tx: Tx, unit: LockedUnit, effectiveOn: Date, reason: LeaveReason, note: string) {
  const on = isoDate(effectiveOn);
  const [{ n, women }] = await tx.$queryRaw<{ n: number; women: number }[]>`
    WITH closed AS (
      UPDATE memberships SET left_on = ${on}::date, leave_reason = ${reason}::leave_reason, leave_note = ${note}
      WHERE unit_id = ${unit.id} AND left_on IS NULL
      RETURNING member_id
    ), released AS (
      UPDATE members x SET unit_id = NULL, unit_path = NULL, version = x.version + 1, updated_at = now()
      FROM closed WHERE x.id = closed.member_id
      RETURNING x.gender
    )
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE gender = 'female'))::int AS women FROM released`;
  if (n > 0) await adjustUnitCounter(tx, unit.id, -n, -women);
  return { n, women };
}

/** Members who joined after the date cannot have left on it: the closing date must not precede any open period. */
async function requireNoLaterAdmission(tx: Tx, unitId: number, effectiveOn: Date) {
  const [row] = await tx.$queryRaw<{ latest: Date | null }[]>`
    SELECT max(admitted_on) AS latest FROM memberships WHERE unit_id = ${unitId} AND left_on IS NULL`;
  if (row?.latest && row.latest > effectiveOn) throw new TreeConflict('errors.unit.membersAfterDate', 'effectiveOn', { date: isoDate(row.latest) });
}

/** A union that still has active units under it (groups) cannot close: they would be orphaned. */
async function requireNoActiveChildren(tx: Tx, unitId: number) {
  const child = await tx.unit.findFirst({ where: { parentId: unitId, status: 'active' }, select: { id: true } });
  if (child) throw new TreeConflict('errors.unit.hasActiveChildren');
}

/** Closes a merged or dissolved unit: status, closing decision, and its open path-history row. */
async function closeUnit(tx: Tx, unit: LockedUnit, data: { status: 'merged' | 'dissolved'; effectiveOn: Date; decisionNumber: string; reason?: string; mergedIntoId?: number }) {
  await tx.unit.update({
    where: { id: unit.id },
    data: {
      status: data.status, closedOn: data.effectiveOn, closingDecisionNumber: data.decisionNumber, closingReason: data.reason ?? null,
      mergedIntoId: data.mergedIntoId ?? null, version: { increment: 1 },
    },
  });
  await tx.$executeRaw`UPDATE unit_path_history SET valid_to = ${isoDate(data.effectiveOn)}::date WHERE unit_id = ${unit.id} AND valid_to IS NULL`;
}

function requireOpenGrassroots(unit: LockedUnit | undefined, field?: string): asserts unit is LockedUnit {
  if (!unit) throw new TreeConflict('errors.notFound');
  if (unit.kind !== 'grassroots') throw new TreeConflict('errors.unit.notGrassroots', field);
  if (unit.status !== 'active') throw new TreeConflict('errors.unit.notActive', field);
}

/**
 * Merges a grassroots union into a survivor: its active members move to the survivor (as in a
 * transfer between unions), it closes as 'merged' with a reference to the survivor, and both get an
 * event on their timeline.
 */
export async function mergeUnion(actorId: number, input: MergeUnionInput, guard: ScopeGuard) {
  return db.$transaction(async (tx) => {
    const locked = await lockUnits(tx, [input.unitId, input.survivorId], guard);
    const unit = locked.get(input.unitId);
    const survivor = locked.get(input.survivorId);
    requireOpenGrassroots(unit);
    requireOpenGrassroots(survivor, 'survivorId');
    if (unit.id === survivor.id) throw new TreeConflict('errors.unit.mergeIntoSelf', 'survivorId');
    await requireNoActiveChildren(tx, unit.id);
    await requireNoLaterAdmission(tx, unit.id, input.effectiveOn);
    requireAfterHistory(await latestOpenHistory(tx, [unit.path]), input.effectiveOn);

    const members = await moveActiveMembers(tx, unit, survivor, input.effectiveOn);
    await closeUnit(tx, unit, { status: 'merged', effectiveOn: input.effectiveOn, decisionNumber: input.decisionNumber, mergedIntoId: survivor.id });
    const event = { occurredOn: input.effectiveOn, decisionNumber: input.decisionNumber, actorId };
    await tx.unitEvent.createMany({
      data: [
        { ...event, unitId: unit.id, kind: 'merged', toParentId: survivor.id, changes: { members: [members.n, 0] } },
        { ...event, unitId: survivor.id, kind: 'absorbed', fromParentId: unit.id, changes: { membersMoved: [null, members.n] } },
      ],
    });
    await writeAudit(tx, {
      actorId, action: 'unit.merge', entity: 'unit', entityId: unit.id, unitId: unit.id,
      before: { status: 'active' },
      after: { status: 'merged', survivorId: survivor.id, members: members.n, women: members.women, decision: input.decisionNumber, effectiveOn: isoDate(input.effectiveOn) },
    });
    return { members: members.n, survivorName: survivor.name };
  }, REORGANISATION_TRANSACTION);
}

/**
 * Dissolves a grassroots union. Its active members, if any, are either transferred to another union
 * (as in a merger) or recorded as leaving with a reason, in the same transaction; the caller says
 * which, and a union with members and no choice is refused.
 */
export async function dissolveUnion(actorId: number, input: DissolveUnionInput, guard: ScopeGuard) {
  return db.$transaction(async (tx) => {
    const locked = await lockUnits(tx, input.survivorId && input.membersOutcome === 'transfer' ? [input.unitId, input.survivorId] : [input.unitId], guard);
    const unit = locked.get(input.unitId);
    requireOpenGrassroots(unit);
    await requireNoActiveChildren(tx, unit.id);
    requireAfterHistory(await latestOpenHistory(tx, [unit.path]), input.effectiveOn);
    const [{ active }] = await tx.$queryRaw<{ active: number }[]>`SELECT count(*)::int AS active FROM memberships WHERE unit_id = ${unit.id} AND left_on IS NULL`;
    let outcome: { kind: 'none' | 'transfer' | 'leave'; members: number; survivorId?: number } = { kind: 'none', members: 0 };
    if (active > 0) {
      if (!input.membersOutcome) throw new TreeConflict('errors.unit.membersOutcomeRequired', 'membersOutcome', { count: active });
      await requireNoLaterAdmission(tx, unit.id, input.effectiveOn);
      if (input.membersOutcome === 'transfer') {
        const survivor = locked.get(input.survivorId!);
        requireOpenGrassroots(survivor, 'survivorId');
        if (survivor.id === unit.id) throw new TreeConflict('errors.unit.mergeIntoSelf', 'survivorId');
        const moved = await moveActiveMembers(tx, unit, survivor, input.effectiveOn);
        outcome = { kind: 'transfer', members: moved.n, survivorId: survivor.id };
        await tx.unitEvent.create({
          data: { unitId: survivor.id, kind: 'absorbed', occurredOn: input.effectiveOn, decisionNumber: input.decisionNumber, fromParentId: unit.id, actorId, changes: { membersMoved: [null, moved.n] } },
        });
      } else {
        const released = await releaseActiveMembers(tx, unit, input.effectiveOn, input.leaveReason!, input.reason);
        outcome = { kind: 'leave', members: released.n };
      }
    }
    await closeUnit(tx, unit, { status: 'dissolved', effectiveOn: input.effectiveOn, decisionNumber: input.decisionNumber, reason: input.reason });
    await tx.unitEvent.create({
      data: {
        unitId: unit.id, kind: 'dissolved', occurredOn: input.effectiveOn, decisionNumber: input.decisionNumber, actorId,
        toParentId: outcome.survivorId ?? null, changes: { closingReason: [null, input.reason] },
      },
    });
    await writeAudit(tx, {
      actorId, action: 'unit.dissolve', entity: 'unit', entityId: unit.id, unitId: unit.id,
      before: { status: 'active', activeMembers: active },
      after: { status: 'dissolved', reason: input.reason, decision: input.decisionNumber, effectiveOn: isoDate(input.effectiveOn), members: outcome },
    });
    return { members: outcome.members, outcome: outcome.kind };
  }, REORGANISATION_TRANSACTION);
}
