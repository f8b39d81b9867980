'use client';
// Registering an initiative: a plain form post to the server action (works before JavaScript
// loads), errors beside their fields, what was typed kept on refusal.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { createInitiativeAction } from '@/lib/initiatives/actions';
import { INITIATIVE_KINDS } from '@/lib/initiatives/schema';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type Result = Awaited<ReturnType<typeof createInitiativeAction>>;

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
  const t = useTranslations();
  const [state, formAction] = useActionState<Result, FormData>(createInitiativeAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  // Remount on each outcome so the fields take the kept (or emptied) values as their defaults.
  const formKey = state.status === 'ok' ? `ok-${state.data.initiativeId}` : JSON.stringify(values);
  const f = (key: string) => t(`initiatives.form.${key}`);

  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <div aria-live="polite" data-testid="form-status">
        {state.status === 'error' ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            {tr(state.message)}
          </p>
        ) : null}
        {state.status === 'ok' ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            {t('initiatives.form.saved', { title: state.data.title })}{' '}
            <Link href={`/initiatives?unit=${unitId}`} className="font-semibold underline">
              {f('back')}
            </Link>
          </p>
        ) : null}
      </div>
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
