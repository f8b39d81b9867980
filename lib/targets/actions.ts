'use server';
// Target actions, through the shared pipeline (lib/auth/secure-action.ts). The unit of a target is
// always read from the database: the unit id of a form is only used for a new target, and then
// checked in scope like any other.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { getUnit } from '@/lib/units/data';
import { deleteTargetSchema, reportManualSchema, saveTargetSchema, splitTargetSchema } from './schema';
import { getTarget, listChildUnits } from './data';
import { deleteTarget, reportManual, saveTarget, splitTarget, StaleTarget, TargetExists } from './mutations';
import { METRICS } from './metrics';

function refreshPages() {
  revalidatePath('/targets');
  revalidatePath('/dashboard', 'layout');
  revalidatePath('/');
}

/** Sets (creates or edits) a target of a unit for a year: staff of the unit or of a unit above it. */
export const saveTargetAction = secureAction(saveTargetSchema, async (input, actor) => {
  let unitId: number;
  if (input.targetId !== null) {
    const target = await getTarget(input.targetId);
    authorize(actor, 'target.manage', target);
    if (target!.metric !== input.metric || target!.year !== input.year) throw new ActionError('invalid', { key: 'errors.target.fixedMetric' }, { metric: [{ key: 'errors.target.fixedMetric' }] });
    unitId = target!.unitId;
  } else {
    const unit = await getUnit(actor, input.unitId);
    authorize(actor, 'target.manage', unit);
    unitId = unit.id;
  }
  try {
    const result = await saveTarget(actor.userId, unitId, input);
    refreshPages();
    return result;
  } catch (error) {
    if (error instanceof StaleTarget) throw new ActionError('conflict', { key: 'errors.target.stale' });
    if (error instanceof TargetExists) throw new ActionError('invalid', { key: 'errors.target.exists' }, { metric: [{ key: 'errors.target.exists' }] });
    throw error;
  }
});

export const deleteTargetAction = secureAction(deleteTargetSchema, async (input, actor) => {
  const target = await getTarget(input.targetId);
  authorize(actor, 'target.manage', target);
  const result = await deleteTarget(actor.userId, target!);
  refreshPages();
  return result;
});

/** Splits a parent's count target among its children; each share must name a child of that unit. */
export const splitTargetAction = secureAction(splitTargetSchema, async (input, actor) => {
  const target = await getTarget(input.targetId);
  authorize(actor, 'target.manage', target);
  if (!METRICS[target!.metric].cascades) throw new ActionError('conflict', { key: 'errors.target.notSplittable' });
  const children = await listChildUnits({ id: target!.unitId, path: target!.path }, target!.year);
  const childIds = new Set(children.map((child) => child.id));
  if (input.shares.some((share) => !childIds.has(share.unitId))) throw new ActionError('notFound');
  const result = await splitTarget(actor.userId, target!, input.shares);
  refreshPages();
  return result;
});

/** A manual target's actual with its evidence, entered by the union's chair (or staff above). */
export const reportManualAction = secureAction(reportManualSchema, async (input, actor) => {
  const target = await getTarget(input.targetId);
  authorize(actor, 'target.reportManual', target);
  if (target!.metric !== 'manual') throw new ActionError('conflict', { key: 'errors.target.notManual' });
  try {
    const result = await reportManual(actor.userId, target!, input);
    refreshPages();
    return result;
  } catch (error) {
    if (error instanceof StaleTarget) throw new ActionError('conflict', { key: 'errors.target.stale' });
    throw error;
  }
});
