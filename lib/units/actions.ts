'use server';
// Unit actions: the shared pipeline (lib/auth/secure-action.ts), then each action's own steps.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import { can } from '@/lib/auth/policy';
import { formatDate } from '@/lib/i18n/dates';
import { getUnit } from './data';
import { CHAIR_PROFILE_FIELDS, GRASSROOTS_PARENT_KINDS, MANAGER_PROFILE_FIELDS, editProfileSchema, establishUnionSchema, profileValue, type ProfileChanges } from './schema';
import { EmployerNotReady, StaleProfile, UnitCodeTaken, establishUnion, updateUnitProfile } from './mutations';

/** dd/MM/yyyy HH:mm in Vietnam (UTC+7), where the users are. */
function vietnamTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600 * 1000);
  return `${formatDate(local)} ${local.toISOString().slice(11, 16)}`;
}

function parseBase(text: string | undefined): Record<string, unknown> {
  try {
    const base = JSON.parse(text ?? '{}');
    return base && typeof base === 'object' ? base : {};
  } catch {
    return {};
  }
}

/**
 * Edits a grassroots union's profile. The unit comes from the database, never from the form; a
 * chair may send only the employer, workforce and agreement fields of their own union (anything
 * else is refused, not silently dropped); staff and admins may send every profile field.
 * Optimistic locking: the form carries the version it was loaded at; if someone saved since, the
 * save is refused with what they changed, and the form keeps what this person typed.
 */
export const updateUnitProfileAction = secureAction(editProfileSchema, async (input, actor) => {
  const unit = await getUnit(actor, input.unitId);
  authorize(actor, 'unit.editProfile', unit);
  const allowed: readonly string[] = can(actor, 'unit.manage', unit) ? MANAGER_PROFILE_FIELDS : CHAIR_PROFILE_FIELDS;
  const sent = MANAGER_PROFILE_FIELDS.filter((field) => input[field] !== undefined);
  if (sent.some((field) => !allowed.includes(field))) throw new ActionError('forbidden', { key: 'errors.unit.fieldsNotAllowed' });
  if (unit.kind !== 'grassroots') throw new ActionError('conflict', { key: 'errors.unit.notGrassroots' });

  const changes = Object.fromEntries(sent.map((field) => [field, input[field]])) as ProfileChanges;
  try {
    const result = await updateUnitProfile(actor.userId, unit.id, input.version, changes);
    revalidatePath(`/units/${unit.id}`);
    revalidatePath(`/units/${unit.id}/edit`);
    revalidatePath('/units');
    return { unitId: unit.id, ...result };
  } catch (error) {
    if (!(error instanceof StaleProfile)) throw error;
    // What changed since this person loaded the form: the fields whose saved value moved.
    const base = parseBase(input.base);
    const moved = Object.entries(error.current).filter(([field, value]) => field in base && profileValue(base[field]) !== value);
    throw new ActionError('conflict', {
      key: 'errors.unit.staleProfile',
      params: {
        by: error.by ?? '—',
        at: error.at ? vietnamTime(error.at) : '—',
        changed: JSON.stringify(Object.fromEntries(moved)),
        version: error.version,
        base: JSON.stringify(error.current),
      },
    });
  }
});

/**
 * Establishes a grassroots union under a ward union or a federation the actor manages. The parent is
 * looked up in the database; the new union counts as founded on its decision date (the year's
 * "new grassroots unions" figure reads founded_on).
 */
export const establishUnionAction = secureAction(establishUnionSchema, async (input, actor) => {
  const parent = await getUnit(actor, input.parentId);
  authorize(actor, 'unit.manage', parent);
  if (!(GRASSROOTS_PARENT_KINDS as readonly string[]).includes(parent.kind) || parent.status !== 'active') {
    throw new ActionError('conflict', { key: 'errors.unit.kindRule' });
  }
  try {
    const unit = await establishUnion(actor.userId, parent, input);
    revalidatePath(`/units/${parent.id}`);
    if (input.employerId) revalidatePath(`/units/${parent.id}/employers`);
    revalidatePath('/units');
    return { unitId: unit.id, name: unit.name };
  } catch (error) {
    if (error instanceof EmployerNotReady) throw new ActionError(error.key === 'errors.notFound' ? 'notFound' : 'conflict', { key: error.key });
    if (!(error instanceof UnitCodeTaken)) throw error;
    const message = { key: 'errors.unit.codeTaken' };
    throw new ActionError('conflict', message, { code: [message] });
  }
});
