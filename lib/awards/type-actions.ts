'use server';
// Award types are national reference data: only an admin of a top unit of the tree maintains them.
import { revalidatePath } from 'next/cache';
import { secureAction, ActionError } from '@/lib/auth/secure-action';
import { can } from '@/lib/auth/policy';
import { listRootUnits } from '@/lib/units/data';
import { awardTypeSchema } from './schema';
import { AwardTypeCodeTaken, saveAwardType, StaleRow } from './mutations';

export const saveAwardTypeAction = secureAction(awardTypeSchema, async (input, actor) => {
  const roots = await listRootUnits();
  if (!roots.some((root) => can(actor, 'awardType.manage', root))) throw new ActionError('forbidden');
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
