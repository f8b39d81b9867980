'use client';
import { joinMovementAction, reportMovementAction } from '@/lib/movements/actions';
import { InputField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

export function JoinMovementForm({ movementId, unitId }: { movementId: number; unitId: number }) {
  const { t, state, formAction, pending, tr } = useFormAction(joinMovementAction);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus error={state.status === 'error' ? tr(state.message) : null} testId="join-status" />
      <div>
        <Button type="submit" disabled={pending}>
          {t('movements.join')}
        </Button>
      </div>
    </form>
  );
}

interface ReportProps {
  movementId: number;
  unitId: number;
  previous: { resultText: string | null; participants: number | null; initiatives: number | null; valueVnd: string | null };
}

export function ReportMovementForm({ movementId, unitId, previous }: ReportProps) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(reportMovementAction);
  const f = (key: string) => t(`movements.reportForm.${key}`);
  const value = (field: keyof ReportProps['previous']) => values[field] ?? (previous[field] === null ? '' : String(previous[field]));
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus error={state.status === 'error' ? tr(state.message) : null} success={state.status === 'ok' ? f('saved') : null} />
      <TextAreaField name="resultText" label={f('resultText')} required rows={5} defaultValue={value('resultText')} errors={errorsOf('resultText')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField name="participants" label={f('participants')} optionalLabel={t('member.optional')} inputMode="numeric" defaultValue={value('participants')} errors={errorsOf('participants')} />
        <InputField name="initiatives" label={f('initiatives')} optionalLabel={t('member.optional')} inputMode="numeric" defaultValue={value('initiatives')} errors={errorsOf('initiatives')} />
        <InputField name="valueVnd" label={f('valueVnd')} optionalLabel={t('member.optional')} inputMode="numeric" defaultValue={value('valueVnd')} errors={errorsOf('valueVnd')} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {f('submit')}
        </Button>
      </div>
    </form>
  );
}
