'use server';
// Initiatives register actions, through the shared pipeline (lib/auth/secure-action.ts).
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { getUnit } from '@/lib/units/data';
import { createInitiativeSchema, recogniseInitiativeSchema } from './schema';
import { findMembersByCard, getInitiative } from './data';
import { createInitiative, recogniseInitiative, StaleVersion } from './mutations';

/** Registers an initiative of a unit in scope; member authors must belong to that unit's subtree. */
export const createInitiativeAction = secureAction(createInitiativeSchema, async (input, actor) => {
  const unit = await getUnit(actor, input.unitId);
  authorize(actor, 'initiative.register', unit);
  const found = await findMembersByCard(unit.path, input.memberAuthors);
  const missing = input.memberAuthors.filter((card) => !found.some((member) => member.cardNumber === card));
  if (missing.length > 0) {
    const message = { key: 'errors.initiative.unknownCards', params: { cards: missing.join(', ') } };
    throw new ActionError('invalid', message, { memberAuthors: [message] });
  }
  const result = await createInitiative(actor.userId, unit, input, found.map((member) => member.id));
  revalidatePath('/initiatives');
  return { ...result, title: input.title };
});

/** Records whether an initiative was recognised, at which level and for what value. */
export const recogniseInitiativeAction = secureAction(recogniseInitiativeSchema, async (input, actor) => {
  const initiative = await getInitiative(input.initiativeId);
  authorize(actor, 'initiative.recognise', initiative);
  try {
    const result = await recogniseInitiative(actor.userId, initiative!.unitId, input);
    revalidatePath('/initiatives');
    return result;
  } catch (error) {
    if (error instanceof StaleVersion) throw new ActionError('conflict', { key: 'errors.initiative.stale' });
    throw error;
  }
});
