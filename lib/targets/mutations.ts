// Writes of targets, each in one transaction with its audit row.
import 'server-only';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/mutations';
import { Prisma } from '@/lib/generated/prisma/client';
import { todayInVietnam } from '@/lib/i18n/dates';
import type { ReportManualInput, SaveTargetInput } from './schema';

/** Someone saved the same target in the meantime. */
export class StaleTarget extends Error {}
/** The unit already has a target for this metric and year. */
export class TargetExists extends Error {}

const auditValue = (input: Pick<SaveTargetInput, 'metric' | 'shape' | 'valueMin' | 'valueMax' | 'label' | 'denominatorNote' | 'year'>) => ({
  year: input.year, metric: input.metric, shape: input.shape, valueMin: input.valueMin, valueMax: input.valueMax, label: input.label, denominatorNote: input.denominatorNote,
});

export async function saveTarget(actorId: number, unitId: number, input: SaveTargetInput) {
  const data = {
    metric: input.metric, shape: input.shape, year: input.year, valueMin: input.valueMin, valueMax: input.valueMax,
    label: input.label, denominatorNote: input.denominatorNote,
  };
  try {
    return await db.$transaction(async (tx) => {
      if (input.targetId === null) {
        // A new target under a parent's target for the same metric joins that cascade.
        const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { parentId: true } });
        const parentTarget = unit.parentId && input.metric !== 'manual'
          ? await tx.target.findFirst({ where: { unitId: unit.parentId, year: input.year, metric: input.metric }, select: { id: true } })
          : null;
        const created = await tx.target.create({ data: { ...data, unitId, parentTargetId: parentTarget?.id ?? null } });
        await writeAudit(tx, { actorId, action: 'target.manage', entity: 'target', entityId: created.id, unitId, after: auditValue(input) });
        return { targetId: created.id };
      }
      const before = await tx.target.findUniqueOrThrow({ where: { id: input.targetId } });
      const updated = await tx.target.updateMany({
        where: { id: input.targetId, version: input.version ?? -1 },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new StaleTarget();
      await writeAudit(tx, {
        actorId, action: 'target.manage', entity: 'target', entityId: input.targetId, unitId,
        before: auditValue({ ...before, valueMin: Number(before.valueMin), valueMax: before.valueMax === null ? null : Number(before.valueMax) }),
        after: auditValue(input),
      });
      return { targetId: input.targetId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new TargetExists();
    throw error;
  }
}

export async function deleteTarget(actorId: number, target: { id: number; unitId: number }) {
  return db.$transaction(async (tx) => {
    const before = await tx.target.delete({ where: { id: target.id } });
    await writeAudit(tx, {
      actorId, action: 'target.delete', entity: 'target', entityId: target.id, unitId: target.unitId,
      before: { year: before.year, metric: before.metric, valueMin: Number(before.valueMin), label: before.label },
    });
    return { targetId: target.id };
  });
}

/** Writes the children's shares of a parent's count target (creating or updating each child's target). */
export async function splitTarget(
  actorId: number,
  parent: { id: number; unitId: number; year: number; metric: SaveTargetInput['metric'] },
  shares: { unitId: number; value: number }[],
) {
  return db.$transaction(async (tx) => {
    for (const share of shares) {
      const existing = await tx.target.findFirst({ where: { unitId: share.unitId, year: parent.year, metric: parent.metric }, select: { id: true } });
      if (existing) {
        await tx.target.update({ where: { id: existing.id }, data: { valueMin: share.value, valueMax: null, parentTargetId: parent.id, version: { increment: 1 } } });
      } else {
        await tx.target.create({ data: { unitId: share.unitId, year: parent.year, metric: parent.metric, shape: 'count', valueMin: share.value, parentTargetId: parent.id } });
      }
    }
    await writeAudit(tx, {
      actorId, action: 'target.split', entity: 'target', entityId: parent.id, unitId: parent.unitId,
      after: { shares: shares.map((s) => ({ unitId: s.unitId, value: s.value })) },
    });
    return { targetId: parent.id, children: shares.length };
  });
}

export async function reportManual(actorId: number, target: { id: number; unitId: number }, input: ReportManualInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.target.findUniqueOrThrow({ where: { id: target.id }, select: { manualActual: true, evidenceNote: true } });
    const updated = await tx.target.updateMany({
      where: { id: target.id, version: input.version },
      data: { manualActual: input.manualActual, evidenceNote: input.evidenceNote, manualUpdatedOn: todayInVietnam(), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new StaleTarget();
    await writeAudit(tx, {
      actorId, action: 'target.reportManual', entity: 'target', entityId: target.id, unitId: target.unitId,
      before: { manualActual: before.manualActual === null ? null : Number(before.manualActual), evidenceNote: before.evidenceNote },
      after: { manualActual: input.manualActual, evidenceNote: input.evidenceNote },
    });
    return { targetId: target.id };
  });
}

/**
 * Moves pending rollup deltas into the rollups (see the targets migration). Safe to call from every
 * instance at once: only one fold runs, the others return -1 at once.
 */
export async function foldRollups(): Promise<number> {
  const [row] = await db.$queryRaw<{ folded: number }[]>`SELECT target_fold() AS folded`;
  return row.folded;
}
