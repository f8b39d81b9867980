'use client';
// Sending a member to another union: a request the receiving union decides, or, for someone who
// holds both unions, a transfer that takes effect at once. The union was chosen on the page above.
import Link from 'next/link';
import { directTransferAction, sendTransferAction } from '@/lib/members/transfer-actions';
import { InputField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

interface Props {
  memberId: number;
  target: { code: string; name: string };
  direct: boolean;
}

export function TransferMemberForm({ memberId, target, direct }: Props) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(direct ? directTransferAction : sendTransferAction);
  const done = state.status === 'ok';
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="toUnitCode" value={target.code} />
      <FormStatus
        error={state.status === 'error' ? [tr(state.message), ...errorsOf('toUnitCode')].join(' ') : null}
        success={
          done ? (
            <>
              {t(state.data.direct ? 'memberTransfer.moved' : 'memberTransfer.sent', { unit: state.data.toUnitName })}{' '}
              <Link href={`/members/${memberId}`} className="font-semibold underline">
                {t('memberProfile.backToProfile')}
              </Link>
            </>
          ) : null
        }
      />
      <p className="text-sm text-slate-700">{t(direct ? 'memberTransfer.directNote' : 'memberTransfer.requestNote')}</p>
      <InputField
        name="effectiveOn"
        label={t('memberTransfer.effectiveOn')}
        hint={t('member.dateHint')}
        required
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        defaultValue={values.effectiveOn}
        errors={errorsOf('effectiveOn')}
      />
      <InputField name="note" label={t('memberTransfer.note')} optionalLabel={t('member.optional')} maxLength={500} defaultValue={values.note} errors={errorsOf('note')} />
      <div>
        <Button type="submit" disabled={pending || done} aria-busy={pending}>
          {pending ? t('memberTransfer.saving') : t(direct ? 'memberTransfer.submitDirect' : 'memberTransfer.submitRequest')}
        </Button>
      </div>
    </form>
  );
}
