'use client';
import Link from 'next/link';
import { nominateAction } from '@/lib/awards/actions';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

interface Props {
  unitId: number;
  awardTypes: { id: number; name: string }[];
  defaultYear: number;
}

export function NominateForm({ unitId, awardTypes, defaultYear }: Props) {
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(nominateAction);
  const f = (key: string) => t(`awards.nominateForm.${key}`);
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={
          state.status === 'ok' ? (
            <>
              {t('awards.nominateForm.saved', { name: state.data.recipientName, unit: state.data.issuingUnitName })}{' '}
              <Link href={`/awards/nominations?unit=${unitId}`} className="font-semibold underline">
                {t('awards.nominations')}
              </Link>
            </>
          ) : null
        }
      />
      <SelectField name="awardTypeId" label={f('type')} required placeholder={f('chooseType')} options={awardTypes.map((type) => ({ value: String(type.id), label: type.name }))} defaultValue={values.awardTypeId ?? ''} errors={errorsOf('awardTypeId')} />
      <SelectField
        name="recipientKind"
        label={f('recipientKind')}
        required
        options={(['member', 'unit'] as const).map((kind) => ({ value: kind, label: t(`awards.recipientKinds.${kind}`) }))}
        defaultValue={values.recipientKind ?? 'member'}
        errors={errorsOf('recipientKind')}
      />
      <InputField name="recipient" label={f('recipient')} hint={f('recipientHint')} required autoComplete="off" defaultValue={values.recipient} errors={errorsOf('recipient')} />
      <InputField name="periodYear" label={f('periodYear')} required inputMode="numeric" defaultValue={values.periodYear ?? String(defaultYear)} errors={errorsOf('periodYear')} />
      <TextAreaField name="achievements" label={f('achievements')} required rows={5} defaultValue={values.achievements} errors={errorsOf('achievements')} />
      <TextAreaField name="attachments" label={f('attachments')} optionalLabel={t('member.optional')} rows={2} defaultValue={values.attachments} errors={errorsOf('attachments')} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {f('submit')}
        </Button>
      </div>
    </form>
  );
}
