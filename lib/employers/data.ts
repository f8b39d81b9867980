// Reads of the employers-without-a-union list: always through a ward union the caller has already
// resolved in the actor's scope, or, for one employer, checked against the actor's scope here.
import 'server-only';
import { db } from '@/lib/db';
import { can, type Action, type Actor } from '@/lib/auth/policy';

const employerSelect = {
  id: true, wardUnitId: true, name: true, taxCode: true, address: true, workforceTotal: true, groupFormedOn: true,
  applicationsReceived: true, foundingConferenceOn: true, status: true, establishedUnitId: true, version: true,
  establishedUnit: { select: { id: true, name: true } },
} as const;

/** The employers of one ward union, by name (a ward holds tens to a few hundred). */
export async function listWardEmployers(wardUnitId: number) {
  return db.unionlessEmployer.findMany({ where: { wardUnitId }, select: employerSelect, orderBy: [{ nameSearch: 'asc' }, { id: 'asc' }], take: 1000 });
}
export type EmployerRow = Awaited<ReturnType<typeof listWardEmployers>>[number];

/** One employer with its ward's place in the tree, or null when missing or outside the actor's scope for `action`. */
export async function getEmployer(actor: Actor | null, id: number, action: Action = 'unit.view') {
  if (!actor || !Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const employer = await db.unionlessEmployer.findUnique({ where: { id }, select: { ...employerSelect, ward: { select: { id: true, path: true, name: true, kind: true, status: true } } } });
  return employer && can(actor, action, employer.ward) ? employer : null;
}
