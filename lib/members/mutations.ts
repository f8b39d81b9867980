// Member writes. Each runs in one transaction with its audit row and the union's counter row, so
// counts read from unit_counters always equal a recount of open memberships.
import 'server-only';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/mutations';
import { searchKey } from '@/lib/text/search-key';
import type { MemberDetailsInput, RegisterMemberInput } from './schema';

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

export async function adjustUnitCounter(tx: Tx, unitId: number, members: number, women: number) {
  await tx.unitCounter.upsert({
    where: { unitId },
    create: { unitId, activeMembers: members, activeWomen: women },
    update: { activeMembers: { increment: members }, activeWomen: { increment: women } },
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
  if (input.ethnicityCode !== null && !(await tx.ethnicity.findUnique({ where: { code: input.ethnicityCode } }))) {
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
        data: { memberId: member.id, unitId: unit.id, admittedOn: input.joinDate },
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
