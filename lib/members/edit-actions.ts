'use server';
// Editing a member's record: the shared pipeline, then optimistic locking on the version column.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { can } from '@/lib/auth/policy';
import { getMember } from './data';
import { editMemberSchema } from './schema';
import { updateMember, StaleVersion, CccdTaken, CardNumberTaken, UnknownEthnicity } from './mutations';

const fieldRefusal = (field: string, key: string) => new ActionError('invalid', { key: 'errors.invalid' }, { [field]: [{ key }] });

/**
 * Saves an edit. The member's unit comes from the database (their open membership, else their last
 * one); the form's memberId only names the member. Out of scope: not found; a leader: forbidden.
 */
export const editMemberAction = secureAction(editMemberSchema, async (input, actor) => {
  const member = await getMember(actor, input.memberId, 'unit.view');
  authorize(actor, 'member.edit', member?.scope ?? null);
  const scope = member!.scope;
  try {
    const result = await updateMember(actor.userId, scope.unitId, input, can(actor, 'member.viewSensitive', scope));
    revalidatePath(`/members/${input.memberId}`);
    return result;
  } catch (error) {
    if (error instanceof StaleVersion) throw new ActionError('conflict', { key: 'errors.member.staleVersion' });
    if (error instanceof CccdTaken) throw fieldRefusal('cccd', 'errors.member.cccdTaken');
    if (error instanceof CardNumberTaken) throw fieldRefusal('cardNumber', 'errors.member.cardNumberTaken');
    if (error instanceof UnknownEthnicity) throw fieldRefusal('ethnicityCode', 'errors.field.choice');
    throw error;
  }
});
