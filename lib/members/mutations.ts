// Member writes. Each runs in one transaction with its audit row and the union's counter row, so
// counts read from unit_counters always equal a recount of open memberships.
import 'server-only';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/mutations';
import { searchKey } from '@/lib/text/search-key';
import type { ImportPlan } from './import-rows';
import type { EditMemberInput, LeaveMemberInput, MemberDetailsInput, RegisterMemberInput, RejoinMemberInput } from './schema';

/** The person with this CCCD is already an active member (of `unit`). */
export class ActiveMembershipConflict extends Error {
  constructor(
    readonly unit: { id: number; name: string; path: string } | null,
    readonly memberId: number | null = null,
  ) {
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
 * Moves the counters of one unit. An increment (a registration: on every one) is one upsert. A
 * decrement cannot be: PostgreSQL checks the CHECK (>= 0) constraints on the row an upsert would
 * insert before it sees the conflict, so it would fail even when the row exists. Ensure a zero row
 * (racing first members of a new union both pass ON CONFLICT DO NOTHING), then move it.
 */
export async function adjustUnitCounter(tx: Tx, unitId: number, members: number, women: number) {
  if (members >= 0 && women >= 0) {
    await tx.$executeRaw`
      INSERT INTO unit_counters AS c (unit_id, active_members, active_women) VALUES (${unitId}, ${members}, ${women})
      ON CONFLICT (unit_id) DO UPDATE SET active_members = c.active_members + excluded.active_members, active_women = c.active_women + excluded.active_women`;
    return;
  }
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
      if (existing?.unitId) throw new ActiveMembershipConflict(existing.unit, existing.id);
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

// ── Transfers between unions ───────────────────────────────────────────────────────────────────────

/** Why a transfer cannot go ahead; the key names the message (errors.transfer.<reason>). */
export class TransferConflict extends Error {
  constructor(readonly reason: 'memberNotThere' | 'pendingExists' | 'notPending' | 'sameUnion' | 'beforeAdmission' | 'targetInactive') {
    super(reason);
  }
}

interface TransferTarget {
  id: number;
  path: string;
}

/**
 * Moves a member from `fromUnitId` to `to` on `effectiveOn`: the open period closes as 'transferred',
 * a 'transfer' period opens, members.unit_id/unit_path follow, both unions' counters move. The member
 * row must already be locked by the caller's transaction.
 */
async function moveMember(tx: Tx, memberId: number, fromUnitId: number, to: TransferTarget, effectiveOn: Date) {
  const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { unitId: true, gender: true } });
  const open = await tx.membership.findFirst({ where: { memberId, leftOn: null } });
  if (member.unitId !== fromUnitId || !open || open.unitId !== fromUnitId) throw new TransferConflict('memberNotThere');
  if (effectiveOn < open.admittedOn) throw new TransferConflict('beforeAdmission');
  await tx.membership.update({ where: { id: open.id }, data: { leftOn: effectiveOn, leaveReason: 'transferred' } });
  const opened = await tx.membership.create({ data: { memberId, unitId: to.id, admittedOn: effectiveOn, admissionKind: 'transfer' } });
  await tx.member.update({ where: { id: memberId }, data: { unitId: to.id, unitPath: to.path, version: { increment: 1 } } });
  const women = member.gender === 'female' ? 1 : 0;
  // Lower id first, so two transfers crossing between the same unions lock counters in one order.
  for (const [unitId, sign] of fromUnitId < to.id ? [[fromUnitId, -1], [to.id, 1]] : [[to.id, 1], [fromUnitId, -1]]) {
    await adjustUnitCounter(tx, unitId, sign, sign * women);
  }
  return { closedId: open.id, openedId: opened.id };
}

async function lockMember(tx: Tx, memberId: number) {
  await tx.$queryRaw`SELECT id FROM members WHERE id = ${memberId} FOR UPDATE`;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Records a transfer request from the member's union to `to`. The member stays where they are until
 * the receiving union accepts. One pending request per member (a partial unique index backs the check).
 */
export async function sendTransfer(actorId: number, memberId: number, fromUnitId: number, to: TransferTarget, input: { effectiveOn: Date; note: string | null }) {
  if (fromUnitId === to.id) throw new TransferConflict('sameUnion');
  try {
    return await db.$transaction(async (tx) => {
      await lockMember(tx, memberId);
      const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { unitId: true } });
      if (member.unitId !== fromUnitId) throw new TransferConflict('memberNotThere');
      if (await tx.memberTransfer.findFirst({ where: { memberId, status: 'pending' }, select: { id: true } })) throw new TransferConflict('pendingExists');
      const open = await tx.membership.findFirstOrThrow({ where: { memberId, leftOn: null } });
      if (input.effectiveOn < open.admittedOn) throw new TransferConflict('beforeAdmission');
      const transfer = await tx.memberTransfer.create({
        data: { memberId, fromUnitId, toUnitId: to.id, effectiveOn: input.effectiveOn, note: input.note, requestedBy: actorId },
      });
      await writeAudit(tx, {
        actorId, action: 'member.transferRequest', entity: 'member_transfer', entityId: transfer.id, unitId: fromUnitId,
        after: { memberId, fromUnitId, toUnitId: to.id, effectiveOn: iso(input.effectiveOn) },
      });
      return { transferId: transfer.id, direct: false };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new TransferConflict('pendingExists');
    throw error;
  }
}

/** Moves a member at once, for someone who holds both unions: recorded as an accepted transfer. */
export async function transferDirectly(actorId: number, memberId: number, fromUnitId: number, to: TransferTarget, input: { effectiveOn: Date; note: string | null }) {
  if (fromUnitId === to.id) throw new TransferConflict('sameUnion');
  return db.$transaction(async (tx) => {
    await lockMember(tx, memberId);
    if (await tx.memberTransfer.findFirst({ where: { memberId, status: 'pending' }, select: { id: true } })) throw new TransferConflict('pendingExists');
    const moved = await moveMember(tx, memberId, fromUnitId, to, input.effectiveOn);
    const now = new Date();
    const transfer = await tx.memberTransfer.create({
      data: {
        memberId, fromUnitId, toUnitId: to.id, effectiveOn: input.effectiveOn, note: input.note, status: 'accepted',
        requestedBy: actorId, decidedBy: actorId, decidedAt: now,
      },
    });
    await writeAudit(tx, {
      actorId, action: 'member.transferDirect', entity: 'member_transfer', entityId: transfer.id, unitId: to.id,
      after: { memberId, fromUnitId, toUnitId: to.id, effectiveOn: iso(input.effectiveOn), ...moved },
    });
    return { transferId: transfer.id, direct: true };
  });
}

/** Locks a pending transfer; anything else (decided meanwhile, or missing) is a conflict. */
async function lockPending(tx: Tx, transferId: number) {
  const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM member_transfers WHERE id = ${transferId} AND status = 'pending' FOR UPDATE`;
  if (!row) throw new TransferConflict('notPending');
  return tx.memberTransfer.findUniqueOrThrow({ where: { id: transferId } });
}

/**
 * The receiving union accepts: the member moves on the request's effective date, in one transaction
 * with the request's new status, both counters and the audit row.
 */
export async function acceptTransfer(actorId: number, transferId: number, to: TransferTarget, note: string | null) {
  return db.$transaction(async (tx) => {
    const transfer = await lockPending(tx, transferId);
    await lockMember(tx, transfer.memberId);
    const moved = await moveMember(tx, transfer.memberId, transfer.fromUnitId, to, transfer.effectiveOn);
    await tx.memberTransfer.update({ where: { id: transferId }, data: { status: 'accepted', decidedBy: actorId, decidedAt: new Date(), decisionNote: note } });
    await writeAudit(tx, {
      actorId, action: 'member.transferAccept', entity: 'member_transfer', entityId: transferId, unitId: transfer.toUnitId,
      after: { memberId: transfer.memberId, fromUnitId: transfer.fromUnitId, toUnitId: transfer.toUnitId, effectiveOn: iso(transfer.effectiveOn), ...moved },
    });
    return { transferId, memberId: transfer.memberId };
  });
}

/** Ends a pending request without moving anyone: declined by the receiver, or cancelled by the sender. */
export async function closeTransfer(actorId: number, transferId: number, status: 'declined' | 'cancelled', note: string | null) {
  return db.$transaction(async (tx) => {
    const transfer = await lockPending(tx, transferId);
    await tx.memberTransfer.update({ where: { id: transferId }, data: { status, decidedBy: actorId, decidedAt: new Date(), decisionNote: note } });
    await writeAudit(tx, {
      actorId, action: status === 'declined' ? 'member.transferDecline' : 'member.transferCancel', entity: 'member_transfer', entityId: transferId,
      unitId: status === 'declined' ? transfer.toUnitId : transfer.fromUnitId,
      after: { memberId: transfer.memberId, note },
    });
    return { transferId, memberId: transfer.memberId };
  });
}

// ── Imports ───────────────────────────────────────────────────────────────────────────────────────

/** Someone registered, moved or imported one of the file's people since the preview: check again. */
export class ImportStale extends Error {
  constructor() {
    super('import stale');
  }
}

const isoOrNull = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Rows per statement of an import: big enough to stay set-based, small enough for the parameters. */
const IMPORT_WRITE_SLICE = 10_000;

type PlannedRow = ImportPlan['inserts'][number];
const col = <K extends keyof PlannedRow>(rows: PlannedRow[], key: K) => rows.map((r) => r[key]);
const dates = (rows: PlannedRow[], key: 'birthDate' | 'joinDate' | 'officialTrainedOn' | 'appActivatedOn') => rows.map((r) => isoOrNull(r[key]));

/** New people and their first periods: one INSERT … SELECT FROM unnest(…) feeding the next through RETURNING. */
async function insertImported(tx: Tx, ins: PlannedRow[]) {
  await tx.$executeRaw`
    WITH r AS (
      SELECT * FROM unnest(
        ${col(ins, 'cccd')}::text[], ${col(ins, 'fullName')}::text[], ${col(ins, 'nameSearch')}::text[], ${col(ins, 'gender')}::gender[],
        ${dates(ins, 'birthDate')}::date[], ${col(ins, 'phone')}::text[], ${col(ins, 'jobTitle')}::text[], ${col(ins, 'cardNumber')}::text[],
        ${col(ins, 'unitId')}::int[], ${col(ins, 'unitPath')}::text[], ${col(ins, 'ethnicityCode')}::smallint[], ${col(ins, 'nationality')}::text[],
        ${col(ins, 'email')}::text[], ${col(ins, 'educationLevel')}::education_level[], ${col(ins, 'qualification')}::qualification[],
        ${col(ins, 'officialPosition')}::text[], ${dates(ins, 'officialTrainedOn')}::date[], ${dates(ins, 'appActivatedOn')}::date[],
        ${dates(ins, 'joinDate')}::date[]
      ) AS r(cccd, full_name, name_search, gender, birth_date, phone, job_title, card_number, unit_id, unit_path, ethnicity_code, nationality,
             email, education_level, qualification, official_position, official_trained_on, app_activated_on, join_date)
    ), added AS (
      INSERT INTO members (cccd, full_name, name_search, gender, birth_date, phone, job_title, card_number, unit_id, unit_path, ethnicity_code,
                           nationality, email, education_level, qualification, official_position, official_trained_on, app_activated_on)
      SELECT cccd, full_name, name_search, gender, birth_date, phone, job_title,
             COALESCE(card_number, 'CD' || lpad(nextval('member_card_number_seq')::text, 9, '0')), unit_id, unit_path, ethnicity_code,
             nationality, email, education_level, qualification, official_position, official_trained_on, app_activated_on
      FROM r
      RETURNING id, cccd, unit_id
    )
    INSERT INTO memberships (member_id, unit_id, admitted_on, admission_kind)
    SELECT added.id, added.unit_id, r.join_date, 'new' FROM added JOIN r ON r.cccd = added.cccd`;
}

/** Former members joining again: their record follows the file, and a 'rejoin' period opens. */
async function rejoinImported(tx: Tx, rej: PlannedRow[]) {
  await tx.$executeRaw`
    UPDATE members p SET unit_id = r.unit_id, unit_path = r.unit_path, full_name = r.full_name, name_search = r.name_search,
           gender = r.gender, birth_date = r.birth_date, phone = COALESCE(r.phone, p.phone), job_title = COALESCE(r.job_title, p.job_title),
           card_number = COALESCE(r.card_number, p.card_number), version = p.version + 1, updated_at = now()
    FROM unnest(${col(rej, 'cccd')}::text[], ${col(rej, 'unitId')}::int[], ${col(rej, 'unitPath')}::text[], ${col(rej, 'fullName')}::text[],
                ${col(rej, 'nameSearch')}::text[], ${col(rej, 'gender')}::gender[], ${dates(rej, 'birthDate')}::date[], ${col(rej, 'phone')}::text[],
                ${col(rej, 'jobTitle')}::text[], ${col(rej, 'cardNumber')}::text[])
         AS r(cccd, unit_id, unit_path, full_name, name_search, gender, birth_date, phone, job_title, card_number)
    WHERE p.cccd = r.cccd`;
  await tx.$executeRaw`
    INSERT INTO memberships (member_id, unit_id, admitted_on, admission_kind)
    SELECT p.id, r.unit_id, r.join_date, 'rejoin'
    FROM unnest(${col(rej, 'cccd')}::text[], ${col(rej, 'unitId')}::int[], ${dates(rej, 'joinDate')}::date[]) AS r(cccd, unit_id, join_date)
    JOIN members p ON p.cccd = r.cccd`;
}

/**
 * Writes an import plan in one transaction, set-based: INSERT … SELECT FROM unnest(arrays) for the
 * new people and their periods, UPDATE and INSERT for former members who rejoin (each per slice of
 * 10,000 rows), one statement for the counters of all the unions, one for the audit rows. Nothing goes row by row.
 * The people of the plan are locked and re-checked first, so a registration that raced the preview
 * makes the whole import fail (ImportStale) instead of writing half of it.
 */
export async function writeImport(actorId: number, meta: { fileName: string; sha256: string; rowCount: number }, plan: ImportPlan) {
  const all = [...plan.inserts, ...plan.rejoins];
  try {
    return await db.$transaction(
      async (tx) => {
        const current = await tx.$queryRaw<{ cccd: string; unit_id: number | null }[]>`
          SELECT cccd, unit_id FROM members WHERE cccd = ANY(${all.map((r) => r.cccd)}::text[]) ORDER BY id FOR UPDATE`;
        const rejoining = new Set(plan.rejoins.map((r) => r.cccd));
        if (current.some((p) => !rejoining.has(p.cccd) || p.unit_id !== null) || current.length !== plan.rejoins.length) throw new ImportStale();

        const ins = plan.inserts;
        // In slices of IMPORT_WRITE_SLICE rows: still a handful of set-based statements, but the
        // arrays sent to PostgreSQL (and their text form in memory) stay small.
        for (let start = 0; start < ins.length; start += IMPORT_WRITE_SLICE) await insertImported(tx, ins.slice(start, start + IMPORT_WRITE_SLICE));
        const rej = plan.rejoins;
        for (let start = 0; start < rej.length; start += IMPORT_WRITE_SLICE) await rejoinImported(tx, rej.slice(start, start + IMPORT_WRITE_SLICE));
        // Counters: ensure the rows, lock them in id order (no deadlock with another import), add per union.
        const unitIds = [...new Set(all.map((r) => r.unitId))].sort((a, b) => a - b);
        if (all.length > 0) {
          await tx.$executeRaw`INSERT INTO unit_counters (unit_id) SELECT unnest(${unitIds}::int[]) ON CONFLICT (unit_id) DO NOTHING`;
          await tx.$queryRaw`SELECT unit_id FROM unit_counters WHERE unit_id = ANY(${unitIds}::int[]) ORDER BY unit_id FOR UPDATE`;
          await tx.$executeRaw`
            UPDATE unit_counters c SET active_members = c.active_members + g.n, active_women = c.active_women + g.w
            FROM (SELECT unit_id, count(*)::int AS n, (count(*) FILTER (WHERE gender = 'female'))::int AS w
                  FROM unnest(${all.map((r) => r.unitId)}::int[], ${all.map((r) => r.gender)}::text[]) AS r(unit_id, gender) GROUP BY unit_id) g
            WHERE c.unit_id = g.unit_id`;
        }
        const record = await tx.memberImport.create({
          data: {
            actorId, fileName: meta.fileName, fileSha256: meta.sha256, rowCount: meta.rowCount, addedCount: ins.length, rejoinedCount: rej.length,
            unchangedCount: plan.unchanged,
          },
        });
        // Each union's share, and one audit row per union written to (both set-based).
        await tx.$executeRaw`
          WITH shares AS (
            SELECT r.unit_id, (count(*) FILTER (WHERE r.kind = 'new'))::int AS added, (count(*) FILTER (WHERE r.kind = 'rejoin'))::int AS rejoined
            FROM unnest(${all.map((r) => r.unitId)}::int[], ${all.map((r) => (rejoining.has(r.cccd) ? 'rejoin' : 'new'))}::text[]) AS r(unit_id, kind)
            GROUP BY r.unit_id
          ), units_written AS (
            INSERT INTO member_import_units (import_id, unit_id, added_count, rejoined_count)
            SELECT ${record.id}, unit_id, added, rejoined FROM shares
          )
          INSERT INTO audit_log (actor_id, action, entity, entity_id, unit_id, after)
          SELECT ${actorId}, 'member.import', 'member_import', ${String(record.id)}, unit_id,
                 jsonb_build_object('file', ${meta.fileName}::text, 'added', added, 'rejoined', rejoined)
          FROM shares`;
        await writeAudit(tx, {
          actorId, action: 'member.import', entity: 'member_import', entityId: record.id, unitId: null,
          after: { file: meta.fileName, sha256: meta.sha256, rows: meta.rowCount, added: ins.length, rejoined: rej.length, unchanged: plan.unchanged },
        });
        return { importId: record.id, added: ins.length, rejoined: rej.length, unchanged: plan.unchanged };
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    // A racing registration took a CCCD or card number of the file: the unique index refused it.
    if (isUniqueViolation(error) || (error instanceof Error && /unique|duplicate key/i.test(error.message))) throw new ImportStale();
    throw error;
  }
}

// ── Export ────────────────────────────────────────────────────────────────────────────────────────

/** The audit row of a member export: who exported which filter, and whether sensitive fields went with it. */
export async function recordMemberExport(actorId: number, filter: Record<string, string | number | undefined>, sensitive: boolean) {
  await db.$transaction(async (tx) => {
    const clean = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Record<string, string | number>;
    await writeAudit(tx, { actorId, action: 'member.export', entity: 'member_export', entityId: new Date().toISOString(), unitId: clean.unit ? Number(clean.unit) : null, after: { filter: clean, sensitive } });
  });
}
