'use server';
// Nominating and reviewing, through the shared pipeline (lib/auth/secure-action.ts).
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { getUnit } from '@/lib/units/data';
import type { ErrorMessage } from '@/lib/forms/action-state';
import { nominateSchema, reviewSchema } from './schema';
import { findIssuingUnit, findMemberInSubtree, findUnitInSubtree, getAwardType, getNomination } from './data';
import { createNomination, reviewNomination, StaleRow } from './mutations';

function fieldError(field: string, key: string, params?: Record<string, string>): never {
  const message: ErrorMessage = { key, params };
  throw new ActionError('invalid', message, { [field]: [message] });
}

/**
 * Nominates a member (by union card number) or a unit (by code) of the actor's unit for an award
 * type. The recipient is looked up inside that unit's subtree only, so nobody nominates outside
 * their scope; the decision goes to the nearest unit above that issues awards of the type's level.
 */
export const nominateAction = secureAction(nominateSchema, async (input, actor) => {
  const unit = await getUnit(actor, input.unitId);
  authorize(actor, 'award.nominate', unit);
  const type = await getAwardType(input.awardTypeId);
  if (!type || !type.isActive) fieldError('awardTypeId', 'errors.award.unknownType');
  const wantsMember = input.recipientKind === 'member';
  if (wantsMember && type.recipient === 'collective') fieldError('recipientKind', 'errors.award.collectiveOnly');
  if (!wantsMember && type.recipient === 'individual') fieldError('recipientKind', 'errors.award.individualOnly');

  const member = wantsMember ? await findMemberInSubtree(unit.path, input.recipient) : null;
  const recipientUnit = wantsMember ? null : await findUnitInSubtree(unit.path, input.recipient);
  if (wantsMember && !member) fieldError('recipient', 'errors.award.memberNotFound', { value: input.recipient });
  if (!wantsMember && !recipientUnit) fieldError('recipient', 'errors.award.unitNotFound', { value: input.recipient });

  const issuing = await findIssuingUnit((member?.unitPath ?? recipientUnit?.path)!, type.issuingLevel);
  if (!issuing) throw new ActionError('conflict', { key: 'errors.award.noIssuingUnit' });
  const result = await createNomination(actor.userId, {
    awardTypeId: type.id,
    nominatingUnitId: unit.id,
    issuingUnitId: issuing.id,
    memberId: member?.id ?? null,
    recipientUnitId: recipientUnit?.id ?? null,
    periodYear: input.periodYear,
    achievements: input.achievements,
    attachments: input.attachments,
  });
  revalidatePath('/awards/nominations');
  return { ...result, recipientName: (member?.fullName ?? recipientUnit?.name)!, issuingUnitName: issuing.name };
});

/** Staff of the issuing unit approve, return (with a note) or reject a waiting nomination. */
export const reviewNominationAction = secureAction(reviewSchema, async (input, actor) => {
  const nomination = await getNomination(input.nominationId);
  authorize(actor, 'award.decide', nomination ? { path: nomination.issuingPath } : null);
  try {
    const result = await reviewNomination(actor.userId, nomination!.issuingUnitId, input);
    revalidatePath('/awards/nominations');
    return result;
  } catch (error) {
    if (error instanceof StaleRow) throw new ActionError('conflict', { key: 'errors.award.staleNomination' });
    throw error;
  }
});
