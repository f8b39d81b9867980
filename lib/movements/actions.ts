'use server';
// Movement actions through the shared pipeline (lib/auth/secure-action.ts).
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { isWithin, type Actor } from '@/lib/auth/policy';
import { getUnit } from '@/lib/units/data';
import { todayInVietnam } from '@/lib/i18n/dates';
import { joinMovementSchema, launchMovementSchema, reportMovementSchema } from './schema';
import { getMovement } from './data';
import { AlreadyJoined, joinMovement, launchMovement, NotJoined, reportMovement } from './mutations';

const LAUNCHING_KINDS = new Set(['confederation', 'federation', 'ward_union']);

/** A federation or ward union (or the confederation) launches a movement for units below it. */
export const launchMovementAction = secureAction(launchMovementSchema, async (input, actor) => {
  const unit = await getUnit(actor, input.unitId);
  authorize(actor, 'movement.manage', unit);
  if (!LAUNCHING_KINDS.has(unit.kind)) throw new ActionError('conflict', { key: 'errors.movement.notLauncher' });
  const result = await launchMovement(actor.userId, input);
  revalidatePath('/movements');
  return { ...result, name: input.name };
});

/** Loads the movement and the unit, and checks the unit is in the movement's audience. */
async function movementAndUnit(movementId: number, unitId: number, actor: Actor) {
  const unit = await getUnit(actor, unitId);
  authorize(actor, 'movement.participate', unit);
  const movement = await getMovement(movementId);
  // A movement launched outside the unit's line is as absent as one that does not exist.
  if (!movement || !isWithin(unit.path, movement.path)) throw new ActionError('notFound');
  if (unit.kind !== movement.audienceKind) throw new ActionError('conflict', { key: 'errors.movement.notAudience' });
  return { unit, movement };
}

export const joinMovementAction = secureAction(joinMovementSchema, async (input, actor) => {
  const { unit, movement } = await movementAndUnit(input.movementId, input.unitId, actor);
  const today = todayInVietnam();
  if (today > movement.endsOn) throw new ActionError('conflict', { key: 'errors.movement.ended' });
  try {
    const result = await joinMovement(actor.userId, movement.id, unit.id, today);
    revalidatePath(`/movements/${movement.id}`);
    return result;
  } catch (error) {
    if (error instanceof AlreadyJoined) throw new ActionError('conflict', { key: 'errors.movement.alreadyJoined' });
    throw error;
  }
});

export const reportMovementAction = secureAction(reportMovementSchema, async (input, actor) => {
  const { movement } = await movementAndUnit(input.movementId, input.unitId, actor);
  try {
    const result = await reportMovement(actor.userId, input, todayInVietnam());
    revalidatePath(`/movements/${movement.id}`);
    return result;
  } catch (error) {
    if (error instanceof NotJoined) throw new ActionError('conflict', { key: 'errors.movement.notJoined' });
    throw error;
  }
});
