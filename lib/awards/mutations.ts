// Writes for nominations and decisions, each in one transaction with its audit row. A decision is
// never edited after it is issued: it can only be revoked, with a reason.
import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/mutations';
import type { AwardTypeInput, IssueDecisionInput, ReviewInput, RevokeDecisionInput } from './schema';

/** The row changed (or left the state the action needs) since the form was opened. */
export class StaleRow extends Error {}
/** The issuing unit already has a decision with this number. */
export class DecisionNumberTaken extends Error {}
export class DecisionAlreadyRevoked extends Error {}

export interface NewNomination {
  awardTypeId: number;
  nominatingUnitId: number;
  issuingUnitId: number;
  memberId: number | null;
  recipientUnitId: number | null;
  periodYear: number;
  achievements: string;
  attachments: string | null;
}

export async function createNomination(actorId: number, nomination: NewNomination) {
  return db.$transaction(async (tx) => {
    const created = await tx.nomination.create({ data: nomination });
    await writeAudit(tx, {
      actorId,
      action: 'award.nominate',
      entity: 'nomination',
      entityId: created.id,
      unitId: nomination.nominatingUnitId,
      after: { awardTypeId: nomination.awardTypeId, memberId: nomination.memberId, recipientUnitId: nomination.recipientUnitId, periodYear: nomination.periodYear },
    });
    return { nominationId: created.id };
  });
}

/** Approve, return with a note, or reject a nomination that is still waiting for review. */
export async function reviewNomination(actorId: number, issuingUnitId: number, input: ReviewInput) {
  return db.$transaction(async (tx) => {
    const updated = await tx.nomination.updateMany({
      where: { id: input.nominationId, version: input.version, status: 'submitted' },
      data: { status: input.outcome, reviewNote: input.note, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new StaleRow();
    await writeAudit(tx, {
      actorId,
      action: 'award.review',
      entity: 'nomination',
      entityId: input.nominationId,
      unitId: issuingUnitId,
      before: { status: 'submitted' },
      after: { status: input.outcome, note: input.note },
    });
    return { nominationId: input.nominationId, outcome: input.outcome };
  });
}

/**
 * Issues a decision granting the chosen approved nominations of this issuing unit, and creates one
 * award per nomination. The nominations are locked first, so two decisions cannot grant the same one.
 */
export async function issueDecision(actorId: number, issuingUnitId: number, input: IssueDecisionInput) {
  try {
    return await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: number; award_type_id: number; member_id: number | null; recipient_unit_id: number | null; nominating_unit_id: number; period_year: number }[]>`
        SELECT id, award_type_id, member_id, recipient_unit_id, nominating_unit_id, period_year FROM nominations
        WHERE id = ANY(${input.nominationIds}::int[]) AND issuing_unit_id = ${issuingUnitId} AND status = 'approved'
        ORDER BY id FOR UPDATE`;
      if (locked.length !== input.nominationIds.length) throw new StaleRow();
      const decision = await tx.awardDecision.create({
        data: { issuingUnitId, number: input.number, signedOn: input.signedOn, signer: input.signer },
      });
      // An award counts under the recipient union, or under the member's union at the time of the decision.
      const memberIds = locked.flatMap((n) => (n.member_id ? [n.member_id] : []));
      const unitIds = locked.flatMap((n) => [n.recipient_unit_id ?? n.nominating_unit_id]);
      const [members, units] = await Promise.all([
        tx.member.findMany({ where: { id: { in: memberIds } }, select: { id: true, unitId: true, unitPath: true } }),
        tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, path: true } }),
      ]);
      const unitPath = new Map(units.map((u) => [u.id, u.path]));
      await tx.award.createMany({
        data: locked.map((n) => {
          const member = members.find((m) => m.id === n.member_id);
          const unitId = n.recipient_unit_id ?? member?.unitId ?? n.nominating_unit_id;
          const path = n.recipient_unit_id ? unitPath.get(n.recipient_unit_id)! : (member?.unitPath ?? unitPath.get(n.nominating_unit_id)!);
          return {
            decisionId: decision.id, awardTypeId: n.award_type_id, nominationId: n.id, memberId: n.member_id,
            recipientUnitId: n.recipient_unit_id, unitId, unitPath: path, year: n.period_year,
          };
        }),
      });
      await tx.nomination.updateMany({ where: { id: { in: input.nominationIds } }, data: { status: 'decided', decisionId: decision.id, version: { increment: 1 } } });
      await writeAudit(tx, {
        actorId,
        action: 'award.decide',
        entity: 'award_decision',
        entityId: decision.id,
        unitId: issuingUnitId,
        after: { number: input.number, signedOn: input.signedOn.toISOString().slice(0, 10), signer: input.signer, nominations: input.nominationIds },
      });
      return { decisionId: decision.id, awards: locked.length };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new DecisionNumberTaken();
    throw error;
  }
}

export async function revokeDecision(actorId: number, issuingUnitId: number, input: RevokeDecisionInput, today: Date) {
  return db.$transaction(async (tx) => {
    const updated = await tx.awardDecision.updateMany({
      where: { id: input.decisionId, status: 'issued' },
      data: { status: 'revoked', revokedReason: input.reason, revokedOn: today },
    });
    if (updated.count === 0) throw new DecisionAlreadyRevoked();
    await writeAudit(tx, {
      actorId, action: 'award.revoke', entity: 'award_decision', entityId: input.decisionId, unitId: issuingUnitId,
      before: { status: 'issued' }, after: { status: 'revoked', reason: input.reason },
    });
    return { decisionId: input.decisionId };
  });
}

export class AwardTypeCodeTaken extends Error {}

/** Adds an award type, or updates one whose version still matches the form. */
export async function saveAwardType(actorId: number, input: AwardTypeInput) {
  const data = { code: input.code, name: input.name, recipient: input.recipient, issuingLevel: input.issuingLevel, note: input.note, isActive: input.isActive };
  try {
    return await db.$transaction(async (tx) => {
      let id = input.awardTypeId;
      const before = id ? await tx.awardType.findUnique({ where: { id } }) : null;
      if (id) {
        const updated = await tx.awardType.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 } } });
        if (updated.count === 0) throw new StaleRow();
      } else {
        id = (await tx.awardType.create({ data })).id;
      }
      await writeAudit(tx, {
        actorId, action: before ? 'awardType.update' : 'awardType.create', entity: 'award_type', entityId: id, unitId: null,
        before: before ? { code: before.code, name: before.name, recipient: before.recipient, issuingLevel: before.issuingLevel, isActive: before.isActive } : undefined,
        after: data,
      });
      return { awardTypeId: id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AwardTypeCodeTaken();
    throw error;
  }
}

/**
 * An export of the register leaves the system with personal data (names, card numbers), so it is
 * recorded like a change: who took which filter of which subtree.
 */
export async function recordAwardsExport(actorId: number, unitId: number, filter: { year?: number; awardTypeId?: number; recipientKind?: string }) {
  await db.$transaction((tx) => writeAudit(tx, { actorId, action: 'award.export', entity: 'unit', entityId: unitId, unitId, after: { ...filter } }));
}
