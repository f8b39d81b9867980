// Member writes. Each runs in one transaction with its audit row and the union's counter row, so
// counts read from unit_counters always equal a recount of open memberships.
import 'server-only';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/mutations';
import { searchKey } from '@/lib/text/search-key';
import type { EditMemberInput, LeaveMemberInput, MemberDetailsInput, RegisterMemberInput, RejoinMemberInput } from './schema';

/** The person with this CCCD is already an active member (of `unit`). */
export class ActiveMembershipConflict extends Error {
  constructor(readonly unit: { id: number; name: string; path: string } | null) {
    super('active membership exists');
  }
}

/** The union card number typed in the form already belongs to someone else. */
export class CardNumberTaken extends Error {
  constructor() {
    super('card number taken');
  }
}

/** The ethnicity code is not in the ethnicities table. */
export class UnknownEthnicity extends Error {
  constructor() {
    super('unknown ethnicity');
  }
}

interface TargetUnit {
  id: number;
  path: string;
}

/**
 * Moves the counters of one unit. Not a Prisma upsert: PostgreSQL checks the CHECK (>= 0)
 * constraints on the row an upsert would insert before it sees the conflict, so a decrement through
 * an upsert fails even when the row exists. Ensure a zero row (racing first members of a new union
 * both pass ON CONFLICT DO NOTHING), then increment it.
 */
export async function adjustUnitCounter(tx: Tx, unitId: number, members: number, women: number) {
  await tx.$executeRaw`INSERT INTO unit_counters (unit_id) VALUES (${unitId}) ON CONFLICT (unit_id) DO NOTHING`;
  await tx.unitCounter.update({
    where: { unitId },
    data: { activeMembers: { increment: members }, activeWomen: { increment: women } },
  });
}

async function nextCardNumber(tx: Tx): Promise<string> {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('member_card_number_seq') AS n`;
  return `CD${String(row.n).padStart(9, '0')}`;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** The optional record fields as columns (shared by registration and edit). */
export function detailData(input: MemberDetailsInput) {
  return {
    ethnicityCode: input.ethnicityCode,
    nationality: input.nationality,
    email: input.email,
    educationLevel: input.educationLevel,
    qualification: input.qualification,
    officialPosition: input.officialPosition,
    officialTrainedOn: input.officialTrainedOn,
    appActivatedOn: input.appActivatedOn,
    partyIntroducedOn: input.partyIntroducedOn,
  };
}

/** Refuses a card number held by another person and an ethnicity code that is not in the table. */
export async function checkCardAndEthnicity(tx: Tx, input: Pick<MemberDetailsInput, 'cardNumber' | 'ethnicityCode'>, memberId: number | null) {
  if (input.cardNumber) {
    const owner = await tx.member.findUnique({ where: { cardNumber: input.cardNumber }, select: { id: true } });
    if (owner && owner.id !== memberId) throw new CardNumberTaken();
  }
  if (input.ethnicityCode != null && !(await tx.ethnicity.findUnique({ where: { code: input.ethnicityCode } }))) {
    throw new UnknownEthnicity();
  }
}

/**
 * Registers a person in `unit`: a new person, or a former member (same CCCD, no open membership)
 * rejoining with a new membership period. Refuses when the CCCD already has an open membership.
 */
export async function registerMember(actorId: number, unit: TargetUnit, input: RegisterMemberInput) {
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.member.findUnique({
        where: { cccd: input.cccd },
        select: { id: true, unitId: true, unit: { select: { id: true, name: true, path: true } } },
      });
      if (existing?.unitId) throw new ActiveMembershipConflict(existing.unit);
      if (existing) {
        const last = await tx.membership.findFirst({ where: { memberId: existing.id }, orderBy: [{ leftOn: 'desc' }] });
        if (last?.leftOn && input.joinDate < last.leftOn) throw new PeriodOrderConflict('joinDate');
      }
      await checkCardAndEthnicity(tx, input, existing?.id ?? null);

      const person = {
        fullName: input.fullName,
        nameSearch: searchKey(input.fullName),
        gender: input.gender,
        birthDate: input.birthDate,
        phone: input.phone,
        jobTitle: input.jobTitle,
        unitId: unit.id,
        unitPath: unit.path,
        ...detailData(input),
      };
      // A former member keeps their card unless a new number was typed.
      const member = existing
        ? await tx.member.update({
            where: { id: existing.id },
            data: { ...person, ...(input.cardNumber ? { cardNumber: input.cardNumber } : {}), version: { increment: 1 } },
          })
        : await tx.member.create({ data: { ...person, cccd: input.cccd, cardNumber: input.cardNumber ?? (await nextCardNumber(tx)) } });
      const membership = await tx.membership.create({
        data: { memberId: member.id, unitId: unit.id, admittedOn: input.joinDate, admissionKind: existing ? 'rejoin' : 'new' },
      });
      await adjustUnitCounter(tx, unit.id, 1, input.gender === 'female' ? 1 : 0);
      await writeAudit(tx, {
        actorId,
        action: existing ? 'member.rejoin' : 'member.register',
        entity: 'member',
        entityId: member.id,
        unitId: unit.id,
        after: {
          fullName: member.fullName,
          gender: member.gender,
          cccdLast4: input.cccd.slice(-4), // the audit log is read widely; it keeps no full CCCD
          membershipId: membership.id,
          admittedOn: input.joinDate.toISOString().slice(0, 10),
        },
      });
      return { memberId: member.id, cardNumber: member.cardNumber, rejoined: !!existing };
    });
  } catch (error) {
    // Two submissions racing with the same CCCD (or card number): the unique index lets one through.
    if (isUniqueViolation(error)) {
      const owner = input.cardNumber ? await db.member.findUnique({ where: { cardNumber: input.cardNumber }, select: { cccd: true } }) : null;
      throw owner && owner.cccd !== input.cccd ? new CardNumberTaken() : new ActiveMembershipConflict(null);
    }
    throw error;
  }
}

/** Someone saved the member after this form was opened: the version no longer matches. */
export class StaleVersion extends Error {
  constructor() {
    super('stale version');
  }
}

/** The CCCD typed in the edit form belongs to another person. */
export class CccdTaken extends Error {
  constructor() {
    super('cccd taken');
  }
}

const SENSITIVE_FIELDS = new Set(['ethnicityCode', 'partyIntroducedOn']);

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * Saves an edit of a member's record if nobody saved it since the form was opened (optimistic
 * locking on `version`, checked under the row lock so two racing saves cannot both pass). Sensitive
 * fields are written only when `withSensitive` (the actor may see them); otherwise they are kept.
 * A change of gender moves the women counter of the member's union in the same transaction.
 */
export async function updateMember(actorId: number, scopeUnitId: number, input: EditMemberInput, withSensitive: boolean) {
  try {
    return await db.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM members WHERE id = ${input.memberId} FOR UPDATE`;
      if (!current || current.version !== input.version) throw new StaleVersion();
      const before = await tx.member.findUniqueOrThrow({ where: { id: input.memberId } });
      const taken = await tx.member.findUnique({ where: { cccd: input.cccd }, select: { id: true } });
      if (taken && taken.id !== before.id) throw new CccdTaken();
      await checkCardAndEthnicity(tx, input, before.id);

      const { ethnicityCode, partyIntroducedOn, ...details } = detailData(input);
      const data = {
        fullName: input.fullName,
        nameSearch: searchKey(input.fullName),
        gender: input.gender,
        birthDate: input.birthDate,
        cccd: input.cccd,
        phone: input.phone,
        jobTitle: input.jobTitle,
        // An empty card field keeps the card: a card number is never taken away by an edit.
        cardNumber: input.cardNumber ?? before.cardNumber,
        ...details,
        ...(withSensitive ? { ethnicityCode, partyIntroducedOn } : {}),
      };
      const updated = await tx.member.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
      if (before.unitId && before.gender !== updated.gender) {
        await adjustUnitCounter(tx, before.unitId, 0, updated.gender === 'female' ? 1 : -1);
      }
      // The audit row names every changed field; values only for non-sensitive ones, and never a full CCCD.
      const changed = Object.keys(data).filter((key) => comparable(before[key as keyof typeof before]) !== comparable(data[key as keyof typeof data]) && key !== 'nameSearch');
      const values = (row: Record<string, unknown>) =>
        Object.fromEntries(changed.filter((key) => !SENSITIVE_FIELDS.has(key)).map((key) => [key, key === 'cccd' ? `…${String(row.cccd).slice(-4)}` : (comparable(row[key]) as Prisma.InputJsonValue)]));
      await writeAudit(tx, {
        actorId,
        action: 'member.edit',
        entity: 'member',
        entityId: before.id,
        unitId: scopeUnitId,
        before: values(before),
        after: { ...values(updated), changed },
      });
      return { memberId: updated.id, version: updated.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new StaleVersion(); // a racing edit took the CCCD or card first
    throw error;
  }
}

/**
 * Reads a member's sensitive fields and records that `actorId` saw them, in one transaction: there
 * is no way to read them without the audit row. Callers check the policy first.
 */
export async function revealSensitive(actorId: number, memberId: number, scopeUnitId: number, purpose: 'profile' | 'edit') {
  return db.$transaction(async (tx) => {
    const row = await tx.member.findUniqueOrThrow({
      where: { id: memberId },
      select: { ethnicityCode: true, partyIntroducedOn: true, ethnicity: { select: { name: true } } },
    });
    await writeAudit(tx, { actorId, action: 'member.viewSensitive', entity: 'member', entityId: memberId, unitId: scopeUnitId, after: { purpose } });
    return { ethnicityCode: row.ethnicityCode, ethnicityName: row.ethnicity?.name ?? null, partyIntroducedOn: row.partyIntroducedOn };
  });
}

/** The member has no open membership (leave), or has one (rejoin). */
export class MembershipStateConflict extends Error {
  constructor(readonly reason: 'notActive' | 'alreadyActive') {
    super(reason);
  }
}

/** A date that would make membership periods overlap or run backwards. */
export class PeriodOrderConflict extends Error {
  constructor(readonly field: 'leftOn' | 'joinDate') {
    super('period order');
  }
}

/**
 * Closes the member's open membership with a reason and a date, and takes them out of their union's
 * counters, in one transaction with the audit row. The member row is locked first, so a racing
 * leave, edit or rejoin sees the result of this one.
 */
export async function leaveMember(actorId: number, input: LeaveMemberInput) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM members WHERE id = ${input.memberId} FOR UPDATE`;
    const member = await tx.member.findUniqueOrThrow({ where: { id: input.memberId }, select: { id: true, gender: true, unitId: true } });
    const open = await tx.membership.findFirst({ where: { memberId: member.id, leftOn: null } });
    if (!member.unitId || !open) throw new MembershipStateConflict('notActive');
    if (input.leftOn < open.admittedOn) throw new PeriodOrderConflict('leftOn');
    await tx.membership.update({ where: { id: open.id }, data: { leftOn: input.leftOn, leaveReason: input.reason, leaveNote: input.note } });
    await tx.member.update({ where: { id: member.id }, data: { unitId: null, unitPath: null, version: { increment: 1 } } });
    await adjustUnitCounter(tx, open.unitId, -1, member.gender === 'female' ? -1 : 0);
    await writeAudit(tx, {
      actorId,
      action: 'member.leave',
      entity: 'member',
      entityId: member.id,
      unitId: open.unitId,
      after: { membershipId: open.id, reason: input.reason, leftOn: input.leftOn.toISOString().slice(0, 10) },
    });
    return { memberId: member.id };
  });
}

/**
 * Opens a new membership period for a former member in `unit` (a rejoining). The new period may not
 * start before the last one ended; the partial unique index still guarantees one open period.
 */
export async function rejoinMember(actorId: number, unit: TargetUnit, input: RejoinMemberInput) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM members WHERE id = ${input.memberId} FOR UPDATE`;
    const member = await tx.member.findUniqueOrThrow({ where: { id: input.memberId }, select: { id: true, gender: true, unitId: true } });
    if (member.unitId) throw new MembershipStateConflict('alreadyActive');
    const last = await tx.membership.findFirst({ where: { memberId: member.id }, orderBy: [{ leftOn: 'desc' }] });
    if (last?.leftOn && input.joinDate < last.leftOn) throw new PeriodOrderConflict('joinDate');
    const membership = await tx.membership.create({ data: { memberId: member.id, unitId: unit.id, admittedOn: input.joinDate, admissionKind: 'rejoin' } });
    await tx.member.update({ where: { id: member.id }, data: { unitId: unit.id, unitPath: unit.path, version: { increment: 1 } } });
    await adjustUnitCounter(tx, unit.id, 1, member.gender === 'female' ? 1 : 0);
    await writeAudit(tx, {
      actorId,
      action: 'member.rejoin',
      entity: 'member',
      entityId: member.id,
      unitId: unit.id,
      after: { membershipId: membership.id, admittedOn: input.joinDate.toISOString().slice(0, 10) },
    });
    return { memberId: member.id };
  });
}
