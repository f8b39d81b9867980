// Writes to the initiatives register, each in one transaction with its audit row.
import 'server-only';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/mutations';
import type { CreateInitiativeInput, RecogniseInitiativeInput } from './schema';

/** Someone saved the same initiative in the meantime: its version moved on. */
export class StaleVersion extends Error {}

export async function createInitiative(
  actorId: number,
  unit: { id: number; path: string },
  input: CreateInitiativeInput,
  memberAuthorIds: number[],
) {
  return db.$transaction(async (tx) => {
    const initiative = await tx.initiative.create({
      data: {
        unitId: unit.id,
        unitPath: unit.path,
        title: input.title,
        kind: input.kind,
        field: input.field,
        year: input.year,
        appliedOn: input.appliedOn,
        valueVnd: input.valueVnd,
        authors: {
          create: [
            ...memberAuthorIds.map((memberId) => ({ memberId })),
            ...input.outsideAuthors.map((outsideName) => ({ outsideName })),
          ],
        },
      },
    });
    await writeAudit(tx, {
      actorId,
      action: 'initiative.register',
      entity: 'initiative',
      entityId: initiative.id,
      unitId: unit.id,
      after: { title: input.title, kind: input.kind, year: input.year, valueVnd: input.valueVnd.toString(), authors: memberAuthorIds.length + input.outsideAuthors.length },
    });
    return { initiativeId: initiative.id };
  });
}

/** Records the recognition decision; refuses when the row changed since the form was opened. */
export async function recogniseInitiative(actorId: number, unitId: number, input: RecogniseInitiativeInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { status: true, recognitionLevel: true, valueVnd: true } });
    const updated = await tx.initiative.updateMany({
      where: { id: input.initiativeId, version: input.version },
      data: { status: input.status, recognitionLevel: input.recognitionLevel, valueVnd: input.valueVnd, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new StaleVersion();
    await writeAudit(tx, {
      actorId,
      action: 'initiative.recognise',
      entity: 'initiative',
      entityId: input.initiativeId,
      unitId,
      before: { status: before.status, recognitionLevel: before.recognitionLevel, valueVnd: before.valueVnd.toString() },
      after: { status: input.status, recognitionLevel: input.recognitionLevel, valueVnd: input.valueVnd.toString() },
    });
    return { initiativeId: input.initiativeId };
  });
}

/** An export of the register names its authors: recorded like a change (who, which subtree, which filter). */
export async function recordInitiativesExport(actorId: number, unitId: number, filter: { year?: number; kind?: string; status?: string }) {
  await db.$transaction((tx) => writeAudit(tx, { actorId, action: 'initiative.export', entity: 'unit', entityId: unitId, unitId, after: { ...filter } }));
}
