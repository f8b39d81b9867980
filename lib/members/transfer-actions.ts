'use server';
// Transfers between unions ("chuyển sinh hoạt"): the shared pipeline, then the transfer rules.
// A member moves into a union outside the actor's scope only through that union's accept step;
// the one-step transfer needs both unions in scope.
import { revalidatePath } from 'next/cache';
import { secureAction, authorize, ActionError } from '@/lib/auth/secure-action';
import type { Actor } from '@/lib/auth/policy';
import { getUnit } from '@/lib/units/data';
import { findTransferTarget, getMember, getTransfer } from './data';
import { decideTransferSchema, declineTransferSchema, sendTransferSchema, type SendTransferInput } from './schema';
import { acceptTransfer, closeTransfer, sendTransfer, transferDirectly, TransferConflict } from './mutations';

/** What a decided request became; one type for the three decision forms. */
type TransferOutcome = 'accepted' | 'declined' | 'cancelled';

const fieldRefusal = (field: string, key: string) => new ActionError('invalid', { key: 'errors.invalid' }, { [field]: [{ key }] });

function refuse(error: unknown): never {
  if (error instanceof TransferConflict) {
    if (error.reason === 'beforeAdmission') throw fieldRefusal('effectiveOn', 'errors.transfer.beforeAdmission');
    throw new ActionError('conflict', { key: `errors.transfer.${error.reason}` });
  }
  throw error;
}

function revalidateTransfer(memberId: number, ...unitIds: number[]) {
  revalidatePath(`/members/${memberId}`);
  for (const unitId of unitIds) revalidatePath(`/units/${unitId}`);
}

/** The member (active, and editable by the actor in their union) and the union the form names. */
async function resolveTransfer(input: SendTransferInput, actor: Actor) {
  const member = await getMember(actor, input.memberId, 'unit.view');
  authorize(actor, 'member.edit', member?.scope ?? null);
  if (!member!.unitId) throw new ActionError('conflict', { key: 'errors.member.notActive' });
  const target = await findTransferTarget(input.toUnitCode);
  if (!target) throw fieldRefusal('toUnitCode', 'errors.transfer.unknownUnit');
  if (target.id === member!.unitId) throw fieldRefusal('toUnitCode', 'errors.transfer.sameUnion');
  return { fromUnitId: member!.unitId, target };
}

/**
 * Sends a transfer request to another union, which may lie outside the actor's scope: the member
 * stays where they are until the receiving union accepts. The result names only the union's name.
 */
export const sendTransferAction = secureAction(sendTransferSchema, async (input, actor) => {
  const { fromUnitId, target } = await resolveTransfer(input, actor);
  try {
    const result = await sendTransfer(actor.userId, input.memberId, fromUnitId, target, input);
    revalidateTransfer(input.memberId, fromUnitId, target.id);
    return { ...result, toUnitName: target.name };
  } catch (error) {
    refuse(error);
  }
});

/** Moves a member at once, for someone who may register members in the receiving union too. */
export const directTransferAction = secureAction(sendTransferSchema, async (input, actor) => {
  const { fromUnitId, target } = await resolveTransfer(input, actor);
  authorize(actor, 'member.register', target);
  try {
    const result = await transferDirectly(actor.userId, input.memberId, fromUnitId, target, input);
    revalidateTransfer(input.memberId, fromUnitId, target.id);
    return { ...result, toUnitName: target.name };
  } catch (error) {
    refuse(error);
  }
});

/** The receiving union accepts: the member moves on the request's date. */
export const acceptTransferAction = secureAction(decideTransferSchema, async (input, actor) => {
  const transfer = await getTransfer(actor, input.transferId);
  authorize(actor, 'member.register', transfer?.toUnit ?? null);
  const unit = await getUnit(actor, transfer!.toUnitId);
  if (!unit || unit.kind !== 'grassroots' || unit.status !== 'active') throw new ActionError('conflict', { key: 'errors.transfer.targetInactive' });
  try {
    const result = await acceptTransfer(actor.userId, input.transferId, unit, input.note);
    revalidateTransfer(result.memberId, transfer!.fromUnitId, transfer!.toUnitId);
    return { ...result, status: 'accepted' as TransferOutcome };
  } catch (error) {
    refuse(error);
  }
});

/** The receiving union declines, saying why; the member stays where they are. */
export const declineTransferAction = secureAction(declineTransferSchema, async (input, actor) => {
  const transfer = await getTransfer(actor, input.transferId);
  authorize(actor, 'member.register', transfer?.toUnit ?? null);
  try {
    const result = await closeTransfer(actor.userId, input.transferId, 'declined', input.note);
    revalidateTransfer(result.memberId, transfer!.fromUnitId, transfer!.toUnitId);
    return { ...result, status: 'declined' as TransferOutcome };
  } catch (error) {
    refuse(error);
  }
});

/** The sending union withdraws its request before it is decided. */
export const cancelTransferAction = secureAction(decideTransferSchema, async (input, actor) => {
  const transfer = await getTransfer(actor, input.transferId);
  authorize(actor, 'member.edit', transfer?.fromUnit ?? null);
  try {
    const result = await closeTransfer(actor.userId, input.transferId, 'cancelled', input.note);
    revalidateTransfer(result.memberId, transfer!.fromUnitId, transfer!.toUnitId);
    return { ...result, status: 'cancelled' as TransferOutcome };
  } catch (error) {
    refuse(error);
  }
});
