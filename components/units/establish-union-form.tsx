'use client';
// Establishing a grassroots union: the founding decision's essentials. Works without JavaScript; a
// refused form keeps what was typed and shows each error beside its field.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { establishUnionAction } from '@/lib/units/actions';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { SECTORS } from '@/lib/units/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type Result = Awaited<ReturnType<typeof establishUnionAction>>;

function SubmitButton() {
  const { pending } = useFormStatus();
  const t = useTranslations('units.establish');
  return (
    <Button type="submit" disabled={pending} aria-busy={pending}>
      {pending ? t('submitting') : t('submit')}
    </Button>
  );
}

export interface EstablishPrefill {
  employerId: number;
  name: string;
  employerName: string;
  applications: number;
}

export function EstablishUnionForm({ parentId, suggestedCode, prefill }: { parentId: number; suggestedCode: string; prefill?: EstablishPrefill }) {
  const t = useTranslations();
  const [state, formAction] = useActionState<Result, FormData>(establishUnionAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  const values: Record<string, string> = state.status === 'error' ? (state.values ?? {}) : prefill ? { name: prefill.name, employerName: prefill.employerName } : {};
  const formKey = state.status === 'ok' ? `ok-${state.data.unitId}` : JSON.stringify(values);
  const field = (name: string, props: Partial<Parameters<typeof InputField>[0]> = {}) => (
    <InputField name={name} label={t(`units.field.${name as 'name'}`)} required defaultValue={values[name] ?? ''} errors={errorsOf(name)} {...props} />
  );
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="parentId" value={parentId} />
      {prefill ? <input type="hidden" name="employerId" value={prefill.employerId} /> : null}
      {prefill ? <p className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900">{t('units.establish.fromEmployer', { name: prefill.employerName, applications: prefill.applications })}</p> : null}
      <div aria-live="polite" data-testid="form-status">
        {state.status === 'error' ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">{tr(state.message)}</p>
        ) : null}
        {state.status === 'ok' ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            {t('units.establish.done', { name: state.data.name })}{' '}
            <Link href={`/units/${state.data.unitId}`} className="font-semibold underline">{t('units.establish.open')}</Link>
          </p>
        ) : null}
      </div>
      {field('name', { maxLength: 200, placeholder: t('units.establish.namePlaceholder') })}
      {field('code', { maxLength: 40, hint: t('units.establish.codeHint', { code: suggestedCode }), defaultValue: values.code ?? suggestedCode })}
      <SelectField name="sector" label={t('units.field.sector')} required placeholder={t('units.edit.noSector')} defaultValue={values.sector ?? ''} errors={errorsOf('sector')}
        options={SECTORS.map((value) => ({ value, label: t(`units.sector.${value}`) }))} />
      {field('employerName', { maxLength: 200 })}
      {field('foundingDecisionNumber', { maxLength: 60, placeholder: '123/QĐ-CĐ' })}
      {field('foundingDecisionOn', { inputMode: 'numeric', placeholder: 'dd/mm/yyyy', hint: t('units.establish.dateHint') })}
      {field('provisionalChair', { maxLength: 120, required: false, optionalLabel: t('member.optional'), hint: t('units.establish.provisionalChairHint') })}
      <div>
        <SubmitButton />
      </div>
    </form>
  );
}
