// Writes for movements, each in one transaction with its audit row.
import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from '@/lib/audit/mutations';
import type { LaunchMovementInput, ReportMovementInput } from './schema';

export class AlreadyJoined extends Error {}
export class NotJoined extends Error {}

export async function launchMovement(actorId: number, input: LaunchMovementInput) {
  return db.$transaction(async (tx) => {
    const movement = await tx.movement.create({
      data: {
        unitId: input.unitId, name: input.name, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn,
        audienceKind: input.audienceKind, description: input.description, criteria: input.criteria,
      },
    });
    await writeAudit(tx, {
      actorId, action: 'movement.launch', entity: 'movement', entityId: movement.id, unitId: input.unitId,
      after: { name: input.name, kind: input.kind, startsOn: input.startsOn.toISOString().slice(0, 10), endsOn: input.endsOn.toISOString().slice(0, 10) },
    });
    return { movementId: movement.id };
  });
}

export async function joinMovement(actorId: number, movementId: number, unitId: number, today: Date) {
  try {
    return await db.$transaction(async (tx) => {
      const registration = await tx.movementRegistration.create({ data: { movementId, unitId, registeredOn: today } });
      await writeAudit(tx, { actorId, action: 'movement.join', entity: 'movement_registration', entityId: registration.id, unitId, after: { movementId } });
      return { registrationId: registration.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AlreadyJoined();
    throw error;
  }
}

/** Records (or corrects) a unit's results; the unit must have joined. */
export async function reportMovement(actorId: number, input: ReportMovementInput, today: Date) {
  return db.$transaction(async (tx) => {
    const before = await tx.movementRegistration.findUnique({ where: { movementId_unitId: { movementId: input.movementId, unitId: input.unitId } } });
    if (!before) throw new NotJoined();
    const figures = { participants: input.participants, initiatives: input.initiatives, valueVnd: input.valueVnd?.toString() ?? null };
    await tx.movementRegistration.update({ where: { id: before.id }, data: { resultText: input.resultText, resultFigures: figures, reportedOn: today } });
    await writeAudit(tx, {
      actorId, action: 'movement.report', entity: 'movement_registration', entityId: before.id, unitId: input.unitId,
      before: before.reportedOn ? { resultText: before.resultText, resultFigures: before.resultFigures as Prisma.InputJsonValue } : undefined,
      after: { resultText: input.resultText, resultFigures: figures },
    });
    return { registrationId: before.id };
  });
}

/** The chase list names units, not people, but an export still leaves the system: recorded like a change. */
export async function recordNotReportedExport(actorId: number, movement: { id: number; unitId: number }) {
  await db.$transaction((tx) => writeAudit(tx, { actorId, action: 'movement.export', entity: 'movement', entityId: movement.id, unitId: movement.unitId }));
}
