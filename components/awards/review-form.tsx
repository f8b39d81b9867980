'use client';
import { reviewNominationAction } from '@/lib/awards/actions';
import { REVIEW_OUTCOMES } from '@/lib/awards/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

/** The inline review of one waiting nomination. */
export function ReviewForm({ nominationId, version }: { nominationId: number; version: number }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(reviewNominationAction);
  if (state.status === 'ok') return <FormStatus success={t('awards.reviewForm.saved')} testId={`review-status-${nominationId}`} />;
  return (
    <form action={formAction} key={formKey} noValidate className="mt-2 grid gap-2 sm:grid-cols-[auto_1fr_auto] sm:items-end">
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id={`outcome-${nominationId}`}
        name="outcome"
        label={t('awards.reviewForm.outcome')}
        options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`awards.reviewForm.outcomes.${o}`) }))}
        defaultValue={values.outcome ?? 'approved'}
        errors={errorsOf('outcome')}
      />
      <InputField id={`note-${nominationId}`} name="note" label={t('awards.reviewForm.note')} defaultValue={values.note} errors={errorsOf('note')} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('awards.reviewForm.submit')}
      </Button>
      <div className="sm:col-span-3">
        <FormStatus error={state.status === 'error' && state.code !== 'invalid' ? tr(state.message) : null} testId={`review-status-${nominationId}`} />
      </div>
    </form>
  );
}
