'use server';
// Issuing and revoking commendation decisions, through the shared pipeline.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { getUnit } from '@/lib/units/data';
import { todayInVietnam } from '@/lib/i18n/dates';
import { issueDecisionSchema, revokeDecisionSchema } from './schema';
import { getDecision } from './data';
import { DecisionAlreadyRevoked, DecisionNumberTaken, issueDecision, revokeDecision, StaleRow } from './mutations';

/** Only staff whose scope holds the issuing unit issue its decisions. */
export const issueDecisionAction = secureAction(issueDecisionSchema, async (input, actor) => {
  const unit = await getUnit(actor, input.issuingUnitId);
  authorize(actor, 'award.decide', unit);
  try {
    const result = await issueDecision(actor.userId, unit.id, input);
    revalidatePath('/awards');
    return { ...result, number: input.number };
  } catch (error) {
    if (error instanceof DecisionNumberTaken) {
      const message = { key: 'errors.award.numberTaken', params: { number: input.number } };
      throw new ActionError('conflict', message, { number: [message] });
    }
    if (error instanceof StaleRow) throw new ActionError('conflict', { key: 'errors.award.staleNomination' });
    throw error;
  }
});

/** A decision is never edited after issue; it is revoked with a reason and its awards leave the register. */
export const revokeDecisionAction = secureAction(revokeDecisionSchema, async (input, actor) => {
  const decision = await getDecision(input.decisionId);
  authorize(actor, 'award.decide', decision);
  try {
    const result = await revokeDecision(actor.userId, decision!.issuingUnitId, input, todayInVietnam());
    revalidatePath('/awards');
    return result;
  } catch (error) {
    if (error instanceof DecisionAlreadyRevoked) throw new ActionError('conflict', { key: 'errors.award.alreadyRevoked' });
    throw error;
  }
});
