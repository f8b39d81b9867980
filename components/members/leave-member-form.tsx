'use client';
// Recording that a member left. Destructive (they stop counting in the union's figures), so it sits
// behind a disclosure and needs an explicit confirmation, checked again on the server.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { leaveMemberAction } from '@/lib/members/leave-actions';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { LEAVE_REASONS } from '@/lib/members/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type Result = Awaited<ReturnType<typeof leaveMemberAction>>;

function Submit() {
  const { pending } = useFormStatus();
  const t = useTranslations('memberProfile');
  return (
    <Button type="submit" variant="secondary" className="border-red-600 text-red-800" disabled={pending} aria-busy={pending}>
      {pending ? t('saving') : t('leaveSubmit')}
    </Button>
  );
}

export function LeaveMemberForm({ memberId, name }: { memberId: number; name: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState<Result, FormData>(leaveMemberAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  if (state.status === 'ok') {
    return <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900" role="status">{t('memberProfile.leftDone', { name })}</p>;
  }
  return (
    <details className="rounded-md border border-slate-200 p-3 sm:p-4" open={state.status === 'error'}>
      <summary className="cursor-pointer font-semibold">{t('memberProfile.leaveTitle')}</summary>
      <form action={formAction} key={JSON.stringify(values)} noValidate className="mt-4 flex max-w-xl flex-col gap-4">
        <input type="hidden" name="memberId" value={memberId} />
        <div aria-live="polite">
          {state.status === 'error' ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">{tr(state.message)}</p>
          ) : null}
        </div>
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
            <input type="checkbox" name="confirm" value="yes" className="mt-1 h-5 w-5" aria-describedby={errorsOf('confirm').length ? 'leave-confirm-error' : undefined} />
            <span>{t('memberProfile.leaveConfirm', { name })}</span>
          </label>
          {errorsOf('confirm').length ? <p id="leave-confirm-error" className="text-sm text-red-700">{errorsOf('confirm').join(' ')}</p> : null}
        </div>
        <div>
          <Submit />
        </div>
      </form>
    </details>
  );
}
