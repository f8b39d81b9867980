// The audit row written inside the same transaction as the change it records: if the change rolls
// back, so does its audit row, and no change exists without one.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db';

export interface AuditEntry {
  actorId: number;
  action: string;
  entity: string;
  entityId: string | number;
  unitId: number | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

export async function writeAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      unitId: entry.unitId,
      before: entry.before,
      after: entry.after,
    },
  });
}
