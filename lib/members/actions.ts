'use server';
// Member actions: the shared pipeline (lib/auth/secure-action.ts), then this action's own steps.
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { can } from '@/lib/auth/policy';
import { getUnit } from '@/lib/units/data';
import { registerMemberSchema } from './schema';
import { registerMember, ActiveMembershipConflict, CardNumberTaken, PeriodOrderConflict, UnknownEthnicity } from './mutations';

/** A refusal that belongs to one field: the form shows it beside that field. */
function fieldRefusal(field: string, key: string) {
  return new ActionError('invalid', { key: 'errors.invalid' }, { [field]: [{ key }] });
}

/**
 * Registers a member in a grassroots union. The union is looked up from the database and must be
 * in the actor's scope; the form's unitId only names it, it never widens the scope.
 */
export const registerMemberAction = secureAction(registerMemberSchema, async (input, actor) => {
  const unit = await getUnit(actor, input.unitId);
  authorize(actor, 'member.register', unit);
  if (unit.kind !== 'grassroots' || unit.status !== 'active') {
    throw new ActionError('conflict', { key: 'errors.member.notGrassroots' });
  }
  try {
    const result = await registerMember(actor.userId, unit, input);
    // No revalidatePath: in an action it makes Next re-render the page the form is on and send that
    // page with the result (about a third of a registration's server CPU, measured in the bench), and
    // nothing on the form page changes. Every page showing members is dynamic, so the next visit
    // reads fresh figures; only the browser's Back button may restore the unit page as it was.
    return { ...result, fullName: input.fullName, unitId: unit.id };
  } catch (error) {
    if (error instanceof CardNumberTaken) throw fieldRefusal('cardNumber', 'errors.member.cardNumberTaken');
    if (error instanceof PeriodOrderConflict) throw fieldRefusal('joinDate', 'errors.member.rejoinBeforeLeft');
    if (error instanceof UnknownEthnicity) throw fieldRefusal('ethnicityCode', 'errors.field.choice');
    if (!(error instanceof ActiveMembershipConflict)) throw error;
    // Name the other union only to someone who may see it; otherwise say only that one exists.
    const other = error.unit;
    const message =
      other && other.id === unit.id
        ? { key: 'errors.member.alreadyInThisUnion' }
        : other && can(actor, 'unit.view', other)
          ? { key: 'errors.member.activeInVisibleUnion', params: { unit: other.name, memberId: error.memberId ?? 0, toUnitCode: unit.code } }
          : { key: 'errors.member.activeElsewhere' };
    throw new ActionError('conflict', message, { cccd: [message] });
  }
});
