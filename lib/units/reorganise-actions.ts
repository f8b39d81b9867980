'use server';
// Reorganising actions: transfer, merge, dissolve. Every unit named in the form is looked up in the
// database and authorised for unit.manage: a moved unit and its target, a merged union and its
// survivor are both ends, and the actor must hold them both (outside the scope: "not found"). The
// mutation checks both ends again on the rows it has locked, so a concurrent move cannot slip one
// out of the actor's scope between this check and the write.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import type { Actor } from '@/lib/auth/policy';
import { getUnit } from './data';
import { dissolveUnionSchema, mergeUnionSchema, transferUnitsSchema } from './schema';
import { TreeConflict, dissolveUnion, mergeUnion, transferUnits } from './mutations';

async function managedUnit(actor: Actor, id: number) {
  const unit = await getUnit(actor, id);
  authorize(actor, 'unit.manage', unit);
  return unit;
}

/** The same check on the rows the mutation has locked (a unit may have moved since `managedUnit` read it). */
const manages = (actor: Actor) => (unit: { path: string }) => authorize(actor, 'unit.manage', unit);

/** A refused invariant as a conflict, shown beside its field when it has one. */
function asConflict(error: unknown): never {
  if (!(error instanceof TreeConflict)) throw error;
  const message = { key: error.key, params: error.params };
  throw new ActionError('conflict', message, error.field ? { [error.field]: [message] } : undefined);
}

function revalidateUnits(ids: (number | null | undefined)[]) {
  for (const id of new Set(ids)) if (id) revalidatePath(`/units/${id}`);
  revalidatePath('/units');
}

/** Transfers one or many units to another parent by one decision (number, effective date). */
export const transferUnitsAction = secureAction(transferUnitsSchema, async (input, actor) => {
  const units = [];
  for (const id of input.unitIds) units.push(await managedUnit(actor, id));
  const target = await managedUnit(actor, input.targetParentId);
  try {
    const result = await transferUnits(actor.userId, input, manages(actor));
    revalidateUnits([target.id, ...units.map((u) => u.id), ...units.map((u) => u.parentId)]);
    return { moved: result.moved, members: result.members, targetId: target.id, targetName: result.targetName };
  } catch (error) {
    asConflict(error);
  }
});

/** Merges a grassroots union into a survivor; both ends must be managed by the actor. */
export const mergeUnionAction = secureAction(mergeUnionSchema, async (input, actor) => {
  const unit = await managedUnit(actor, input.unitId);
  const survivor = await managedUnit(actor, input.survivorId);
  try {
    const result = await mergeUnion(actor.userId, input, manages(actor));
    revalidateUnits([unit.id, survivor.id, unit.parentId, survivor.parentId]);
    return { unitId: unit.id, survivorId: survivor.id, survivorName: result.survivorName, members: result.members };
  } catch (error) {
    asConflict(error);
  }
});

/** Dissolves a grassroots union, saying in the same step what happens to its active members. */
export const dissolveUnionAction = secureAction(dissolveUnionSchema, async (input, actor) => {
  const unit = await managedUnit(actor, input.unitId);
  const survivor = input.membersOutcome === 'transfer' && input.survivorId ? await managedUnit(actor, input.survivorId) : null;
  try {
    const result = await dissolveUnion(actor.userId, input, manages(actor));
    revalidateUnits([unit.id, unit.parentId, survivor?.id, survivor?.parentId]);
    return { unitId: unit.id, members: result.members, outcome: result.outcome };
  } catch (error) {
    asConflict(error);
  }
});
