'use server';
// Award types are national reference data: only an admin of a top unit of the tree maintains them.
import { revalidatePath } from 'next/cache';
import { secureAction, ActionError } from '@/lib/auth/secure-action';
import { mayManageAwardTypes } from './data';
import { awardTypeSchema } from './schema';
import { AwardTypeCodeTaken, saveAwardType, StaleRow } from './mutations';

export const saveAwardTypeAction = secureAction(awardTypeSchema, async (input, actor) => {
  if (!(await mayManageAwardTypes(actor))) throw new ActionError('forbidden');
  try {
    const result = await saveAwardType(actor.userId, input);
    revalidatePath('/admin/award-types');
    return { ...result, name: input.name };
  } catch (error) {
    if (error instanceof AwardTypeCodeTaken) {
      const message = { key: 'errors.award.codeTaken', params: { code: input.code } };
      throw new ActionError('conflict', message, { code: [message] });
    }
    if (error instanceof StaleRow) throw new ActionError('conflict', { key: 'errors.award.staleType' });
    throw error;
  }
});
