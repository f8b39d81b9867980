'use client';
// Deleting a target needs a ticked confirmation, which the server checks too.
import Link from 'next/link';
import { deleteTargetAction } from '@/lib/targets/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

export function DeleteTargetForm({ targetId, backHref }: { targetId: number; backHref: string }) {
  const { t, state, formAction, pending, tr, errorsOf } = useFormAction(deleteTargetAction);
  const f = (key: string) => t(`targets.form.${key}`);
  const errors = errorsOf('confirm');
  return (
    <form action={formAction} noValidate className="mt-8 flex max-w-xl flex-col gap-3 rounded-md border border-red-200 p-4">
      <input type="hidden" name="targetId" value={targetId} />
      <FormStatus testId="delete-status" error={state.status === 'error' ? tr(state.message) : null} success={state.status === 'ok' ? <>{f('deleted')} <Link href={backHref} className="font-semibold underline">{f('back')}</Link></> : null} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" className="mt-1 h-5 w-5" aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? 'confirm-error' : undefined} />
        <span>{f('deleteConfirm')}</span>
      </label>
      {errors.length ? <p id="confirm-error" className="text-sm text-red-700">{errors.join(' ')}</p> : null}
      <div>
        <Button type="submit" variant="secondary" disabled={pending || state.status === 'ok'} aria-busy={pending}>{f('delete')}</Button>
      </div>
    </form>
  );
}
