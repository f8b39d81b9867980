// Writes of the employers-without-a-union list, each in one transaction with its audit row.
import 'server-only';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/mutations';
import { searchKey } from '@/lib/text/search-key';
import { profileValue } from '@/lib/units/schema';
import type { AddEmployerInput, EditEmployerInput } from './schema';

/** Someone saved this employer after the form was loaded; nothing was written. */
export class StaleEmployer extends Error {}
/** The employer already has its union; its record is closed to edits. */
export class EmployerEstablished extends Error {}

type Fields = Omit<AddEmployerInput, 'wardUnitId'>;
const columns = (input: Fields) => ({
  name: input.name, nameSearch: searchKey(input.name), taxCode: input.taxCode ?? null, address: input.address ?? null,
  workforceTotal: input.workforceTotal ?? null, groupFormedOn: input.groupFormedOn ?? null, applicationsReceived: input.applicationsReceived,
  foundingConferenceOn: input.foundingConferenceOn ?? null, status: input.status,
});
const snapshot = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, profileValue(v)]));

export async function addEmployer(actorId: number, ward: { id: number }, input: AddEmployerInput) {
  return db.$transaction(async (tx) => {
    const employer = await tx.unionlessEmployer.create({ data: { wardUnitId: ward.id, ...columns(input) }, select: { id: true, name: true } });
    await writeAudit(tx, { actorId, action: 'employer.add', entity: 'employer', entityId: employer.id, unitId: ward.id, after: snapshot(columns(input)) });
    return employer;
  });
}

/** Saves the mobilisation record if it is still at `input.version` (optimistic locking). */
export async function updateEmployer(actorId: number, wardUnitId: number, input: EditEmployerInput) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM unionless_employers WHERE id = ${input.employerId} FOR UPDATE`;
    const current = await tx.unionlessEmployer.findUniqueOrThrow({ where: { id: input.employerId } });
    if (current.status === 'established') throw new EmployerEstablished();
    if (current.version !== input.version) throw new StaleEmployer();
    const data = columns(input);
    const updated = await tx.unionlessEmployer.update({ where: { id: input.employerId }, data: { ...data, version: { increment: 1 } }, select: { id: true, version: true } });
    const before = snapshot(Object.fromEntries(Object.keys(data).map((k) => [k, current[k as keyof typeof current]])));
    await writeAudit(tx, { actorId, action: 'employer.edit', entity: 'employer', entityId: input.employerId, unitId: wardUnitId, before, after: snapshot(data) });
    return updated;
  });
}
