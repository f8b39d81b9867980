'use client';
// A former member rejoins their last union: a new membership period from the date given.
import { rejoinMemberAction } from '@/lib/members/leave-actions';
import { InputField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

export function RejoinMemberForm({ memberId, unitName }: { memberId: number; unitName: string }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(rejoinMemberAction);
  if (state.status === 'ok') {
    return <FormStatus testId="rejoin-status" success={t('memberProfile.rejoinDone', { unit: unitName })} />;
  }
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4 rounded-md border border-slate-200 p-3 sm:p-4">
      <h3 className="font-semibold">{t('memberProfile.rejoinTitle', { unit: unitName })}</h3>
      <input type="hidden" name="memberId" value={memberId} />
      <FormStatus testId="rejoin-status" error={state.status === 'error' ? tr(state.message) : null} />
      <InputField name="joinDate" label={t('member.joinDate')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.joinDate} errors={errorsOf('joinDate')} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t('memberProfile.saving') : t('memberProfile.rejoinSubmit')}
        </Button>
      </div>
    </form>
  );
}
