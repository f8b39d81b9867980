'use client';
// Recording that a member left. Destructive (they stop counting in the union's figures), so it sits
// behind a disclosure and needs an explicit confirmation, checked again on the server.
import { leaveMemberAction } from '@/lib/members/leave-actions';
import { LEAVE_REASONS } from '@/lib/members/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

export function LeaveMemberForm({ memberId, name }: { memberId: number; name: string }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(leaveMemberAction);
  if (state.status === 'ok') {
    return <FormStatus testId="leave-status" success={t('memberProfile.leftDone', { name })} />;
  }
  const confirmErrors = errorsOf('confirm');
  return (
    <details className="rounded-md border border-slate-200 p-3 sm:p-4" open={state.status === 'error'}>
      <summary className="cursor-pointer font-semibold">{t('memberProfile.leaveTitle')}</summary>
      <form action={formAction} key={formKey} noValidate className="mt-4 flex max-w-xl flex-col gap-4">
        <input type="hidden" name="memberId" value={memberId} />
        <FormStatus testId="leave-status" error={state.status === 'error' ? tr(state.message) : null} />
        <SelectField
          name="reason"
          label={t('memberProfile.leaveReasonLabel')}
          required
          placeholder={t('member.chooseOption')}
          options={LEAVE_REASONS.map((value) => ({ value, label: t(`memberProfile.leaveReason.${value}`) }))}
          defaultValue={values.reason ?? ''}
          errors={errorsOf('reason')}
        />
        <InputField name="leftOn" label={t('memberProfile.leftOn')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.leftOn} errors={errorsOf('leftOn')} />
        <InputField name="note" label={t('memberProfile.leaveNote')} optionalLabel={t('member.optional')} maxLength={500} defaultValue={values.note} errors={errorsOf('note')} />
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirm" value="yes" className="mt-1 h-5 w-5" aria-describedby={confirmErrors.length ? 'leave-confirm-error' : undefined} />
            <span>{t('memberProfile.leaveConfirm', { name })}</span>
          </label>
          {confirmErrors.length ? <p id="leave-confirm-error" className="text-sm text-red-700">{confirmErrors.join(' ')}</p> : null}
        </div>
        <div>
          <Button type="submit" variant="secondary" className="border-red-600 text-red-800" disabled={pending} aria-busy={pending}>
            {pending ? t('memberProfile.saving') : t('memberProfile.leaveSubmit')}
          </Button>
        </div>
      </form>
    </details>
  );
}
