'use client';
// Registering an initiative: a plain form post to the server action (works before JavaScript
// loads), errors beside their fields, what was typed kept on refusal.
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { createInitiativeAction } from '@/lib/initiatives/actions';
import { INITIATIVE_KINDS } from '@/lib/initiatives/schema';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';

function SubmitButton() {
  const { pending } = useFormStatus();
  const t = useTranslations('initiatives.form');
  return (
    <Button type="submit" disabled={pending} aria-busy={pending}>
      {pending ? t('submitting') : t('submit')}
    </Button>
  );
}

export function InitiativeForm({ unitId, defaultYear }: { unitId: number; defaultYear: number }) {
  const { t, state, formAction, tr, errorsOf, values, formKey } = useFormAction(createInitiativeAction);
  const f = (key: string) => t(`initiatives.form.${key}`);

  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={
          state.status === 'ok' ? (
            <>
              {t('initiatives.form.saved', { title: state.data.title })}{' '}
              <Link href={`/initiatives?unit=${unitId}`} className="font-semibold underline">
                {f('back')}
              </Link>
            </>
          ) : null
        }
      />
      <InputField name="title" label={f('titleField')} required maxLength={300} defaultValue={values.title} errors={errorsOf('title')} />
      <SelectField
        name="kind"
        label={t('initiatives.kind')}
        required
        placeholder={f('chooseKind')}
        options={INITIATIVE_KINDS.map((kind) => ({ value: kind, label: t(`initiatives.kinds.${kind}`) }))}
        defaultValue={values.kind ?? ''}
        errors={errorsOf('kind')}
      />
      <InputField name="field" label={f('field')} optionalLabel={t('member.optional')} maxLength={120} defaultValue={values.field} errors={errorsOf('field')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="year" label={t('initiatives.year')} required inputMode="numeric" defaultValue={values.year ?? String(defaultYear)} errors={errorsOf('year')} />
        <InputField name="appliedOn" label={f('appliedOn')} hint={t('member.dateHint')} optionalLabel={t('member.optional')} inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.appliedOn} errors={errorsOf('appliedOn')} />
      </div>
      <InputField name="valueVnd" label={f('valueVnd')} hint={f('valueHint')} optionalLabel={t('member.optional')} inputMode="numeric" defaultValue={values.valueVnd} errors={errorsOf('valueVnd')} />
      <TextAreaField name="memberAuthors" label={f('memberAuthors')} hint={f('memberAuthorsHint')} rows={3} defaultValue={values.memberAuthors} errors={errorsOf('memberAuthors')} />
      <TextAreaField name="outsideAuthors" label={f('outsideAuthors')} hint={f('outsideAuthorsHint')} rows={2} defaultValue={values.outsideAuthors} errors={errorsOf('outsideAuthors')} />
      <div>
        <SubmitButton />
      </div>
    </form>
  );
}
