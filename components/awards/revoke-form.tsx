'use client';
import { revokeDecisionAction } from '@/lib/awards/decision-actions';
import { InputField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

/** Revoking is destructive for the register: it asks for a reason and a confirmation. */
export function RevokeForm({ decisionId }: { decisionId: number }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(revokeDecisionAction);
  if (state.status === 'ok') return null;
  return (
    <form
      action={formAction}
      key={formKey}
      noValidate
      className="mt-2 flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        if (!window.confirm(t('awards.revokeConfirm'))) event.preventDefault();
      }}
    >
      <input type="hidden" name="decisionId" value={decisionId} />
      <InputField id={`reason-${decisionId}`} name="reason" label={t('awards.revokeReason')} required defaultValue={values.reason} errors={errorsOf('reason')} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('awards.revoke')}
      </Button>
      <FormStatus error={state.status === 'error' && state.code !== 'invalid' ? tr(state.message) : null} testId={`revoke-status-${decisionId}`} />
    </form>
  );
}
