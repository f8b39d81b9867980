'use server';
// Leaving and rejoining: the shared pipeline, then the membership-period invariants.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { getUnit } from '@/lib/units/data';
import { getMember } from './data';
import { leaveMemberSchema, rejoinMemberSchema } from './schema';
import { leaveMember, rejoinMember, MembershipStateConflict, PeriodOrderConflict } from './mutations';

const fieldRefusal = (field: string, key: string) => new ActionError('invalid', { key: 'errors.invalid' }, { [field]: [{ key }] });

function refuse(error: unknown): never {
  if (error instanceof MembershipStateConflict) throw new ActionError('conflict', { key: `errors.member.${error.reason}` });
  if (error instanceof PeriodOrderConflict) {
    throw fieldRefusal(error.field, error.field === 'leftOn' ? 'errors.member.leftBeforeAdmitted' : 'errors.member.rejoinBeforeLeft');
  }
  throw error;
}

/** Records that an active member left their union. The union comes from the member's open membership. */
export const leaveMemberAction = secureAction(leaveMemberSchema, async (input, actor) => {
  const member = await getMember(actor, input.memberId, 'unit.view');
  authorize(actor, 'member.edit', member?.scope ?? null);
  try {
    const result = await leaveMember(actor.userId, input);
    revalidatePath(`/members/${input.memberId}`);
    revalidatePath(`/units/${member!.scope.unitId}`);
    return result;
  } catch (error) {
    refuse(error);
  }
});

/**
 * A former member rejoins the union they last left (to join another union, register them there by
 * CCCD: registration reopens a period too). The union must still be an active grassroots union.
 */
export const rejoinMemberAction = secureAction(rejoinMemberSchema, async (input, actor) => {
  const member = await getMember(actor, input.memberId, 'unit.view');
  authorize(actor, 'member.register', member?.scope ?? null);
  const unit = await getUnit(actor, member!.scope.unitId);
  if (!unit || unit.kind !== 'grassroots' || unit.status !== 'active') {
    throw new ActionError('conflict', { key: 'errors.member.notGrassroots' });
  }
  try {
    const result = await rejoinMember(actor.userId, unit, input);
    revalidatePath(`/members/${input.memberId}`);
    revalidatePath(`/units/${unit.id}`);
    return result;
  } catch (error) {
    refuse(error);
  }
});
