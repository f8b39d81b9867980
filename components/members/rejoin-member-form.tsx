'use client';
// A former member rejoins their last union: a new membership period from the date given.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { rejoinMemberAction } from '@/lib/members/leave-actions';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { InputField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type Result = Awaited<ReturnType<typeof rejoinMemberAction>>;

function Submit() {
  const { pending } = useFormStatus();
  const t = useTranslations('memberProfile');
  return (
    <Button type="submit" disabled={pending} aria-busy={pending}>
      {pending ? t('saving') : t('rejoinSubmit')}
    </Button>
  );
}

export function RejoinMemberForm({ memberId, unitName }: { memberId: number; unitName: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState<Result, FormData>(rejoinMemberAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  if (state.status === 'ok') {
    return <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900" role="status">{t('memberProfile.rejoinDone', { unit: unitName })}</p>;
  }
  return (
    <form action={formAction} key={JSON.stringify(values)} noValidate className="flex max-w-xl flex-col gap-4 rounded-md border border-slate-200 p-3 sm:p-4">
      <h3 className="font-semibold">{t('memberProfile.rejoinTitle', { unit: unitName })}</h3>
      <input type="hidden" name="memberId" value={memberId} />
      <div aria-live="polite">
        {state.status === 'error' ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">{tr(state.message)}</p>
        ) : null}
      </div>
      <InputField name="joinDate" label={t('member.joinDate')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.joinDate} errors={errorsOf('joinDate')} />
      <div>
        <Submit />
      </div>
    </form>
  );
}
