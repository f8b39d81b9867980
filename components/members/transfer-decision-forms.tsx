'use client';
// Deciding a transfer request: the receiving union accepts or declines (with a reason); the sending
// union may cancel while it is pending. Each form shows its outcome and keeps what was typed.
import Link from 'next/link';
import { acceptTransferAction, cancelTransferAction, declineTransferAction } from '@/lib/members/transfer-actions';
import { InputField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/forms/action-state';

type Decision = 'accept' | 'decline' | 'cancel';
type Outcome = { transferId: number; memberId: number; status: 'accepted' | 'declined' | 'cancelled' };
const ACTIONS: Record<Decision, (state: ActionState<Outcome>, formData: FormData) => Promise<ActionState<Outcome>>> = {
  accept: acceptTransferAction,
  decline: declineTransferAction,
  cancel: cancelTransferAction,
};

export function TransferDecisionForm({ transferId, decision, backHref }: { transferId: number; decision: Decision; backHref: string }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(ACTIONS[decision]);
  const done = state.status === 'ok';
  const submit = { accept: 'acceptSubmit', decline: 'declineSubmit', cancel: 'cancelSubmit' }[decision];
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-3">
      <input type="hidden" name="transferId" value={transferId} />
      <FormStatus
        testId={`transfer-${decision}-status`}
        error={state.status === 'error' ? tr(state.message) : null}
        success={
          done ? (
            <>
              {t(`memberTransfer.${state.data.status}`)}{' '}
              <Link href={backHref} className="font-semibold underline">
                {t('memberTransfer.backToList')}
              </Link>
            </>
          ) : null
        }
      />
      {decision === 'decline' ? (
        <TextAreaField name="note" label={t('memberTransfer.declineReason')} required maxLength={500} rows={3} defaultValue={values.note} errors={errorsOf('note')} />
      ) : decision === 'accept' ? (
        <InputField name="note" label={t('memberTransfer.note')} optionalLabel={t('member.optional')} maxLength={500} defaultValue={values.note} errors={errorsOf('note')} />
      ) : null}
      <div>
        <Button type="submit" variant={decision === 'accept' ? 'primary' : 'secondary'} disabled={pending || done} aria-busy={pending}>
          {pending ? t('memberTransfer.saving') : t(`memberTransfer.${submit}`)}
        </Button>
      </div>
    </form>
  );
}
