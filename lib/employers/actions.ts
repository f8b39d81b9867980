'use server';
// Employers-without-a-union actions: the shared pipeline; the ward union comes from the database
// (for an edit, from the employer's own row), and only someone who manages it may write.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { getUnit } from '@/lib/units/data';
import { getEmployer } from './data';
import { addEmployerSchema, editEmployerSchema } from './schema';
import { EmployerEstablished, StaleEmployer, addEmployer, updateEmployer } from './mutations';

/** Adds an employer to a ward union's list. */
export const addEmployerAction = secureAction(addEmployerSchema, async (input, actor) => {
  const ward = await getUnit(actor, input.wardUnitId);
  authorize(actor, 'unit.manage', ward);
  if (ward.kind !== 'ward_union' || ward.status !== 'active') throw new ActionError('conflict', { key: 'errors.unit.notWard' });
  const employer = await addEmployer(actor.userId, ward, input);
  revalidatePath(`/units/${ward.id}/employers`);
  return { employerId: employer.id, name: employer.name, version: 1 };
});

/** Edits an employer's record and mobilisation steps, with a version check. */
export const updateEmployerAction = secureAction(editEmployerSchema, async (input, actor) => {
  const employer = await getEmployer(actor, input.employerId);
  authorize(actor, 'unit.manage', employer?.ward ?? null);
  try {
    const result = await updateEmployer(actor.userId, employer!.wardUnitId, input);
    revalidatePath(`/units/${employer!.wardUnitId}/employers`);
    return { employerId: result.id, name: employer!.name, version: result.version };
  } catch (error) {
    if (error instanceof StaleEmployer) throw new ActionError('conflict', { key: 'errors.unit.staleEmployer' });
    if (error instanceof EmployerEstablished) throw new ActionError('conflict', { key: 'errors.unit.employerEstablished' });
    throw error;
  }
});
