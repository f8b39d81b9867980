'use client';
import Link from 'next/link';
import { launchMovementAction } from '@/lib/movements/actions';
import { AUDIENCE_KINDS, MOVEMENT_KINDS } from '@/lib/movements/schema';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

export function LaunchMovementForm({ unitId }: { unitId: number }) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(launchMovementAction);
  const f = (key: string) => t(`movements.launchForm.${key}`);
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={
          state.status === 'ok' ? (
            <>
              {t('movements.launchForm.saved', { name: state.data.name })}{' '}
              <Link href={`/movements/${state.data.movementId}`} className="font-semibold underline">
                {t('movements.open')}
              </Link>
            </>
          ) : null
        }
      />
      <InputField name="name" label={f('name')} required maxLength={300} defaultValue={values.name} errors={errorsOf('name')} />
      <SelectField name="kind" label={f('kind')} required options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`movements.kinds.${k}`) }))} defaultValue={values.kind ?? 'regular'} errors={errorsOf('kind')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="startsOn" label={f('startsOn')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.startsOn} errors={errorsOf('startsOn')} />
        <InputField name="endsOn" label={f('endsOn')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.endsOn} errors={errorsOf('endsOn')} />
      </div>
      <SelectField name="audienceKind" label={f('audience')} required options={AUDIENCE_KINDS.map((k) => ({ value: k, label: t(`movements.audiences.${k}`) }))} defaultValue={values.audienceKind ?? 'grassroots'} errors={errorsOf('audienceKind')} />
      <TextAreaField name="description" label={t('movements.description')} optionalLabel={t('member.optional')} rows={4} defaultValue={values.description} errors={errorsOf('description')} />
      <TextAreaField name="criteria" label={t('movements.criteria')} optionalLabel={t('member.optional')} rows={4} defaultValue={values.criteria} errors={errorsOf('criteria')} />
      <div>
        <Button type="submit" disabled={pending}>
          {f('submit')}
        </Button>
      </div>
    </form>
  );
}
