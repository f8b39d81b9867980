'use client';
// The registration form: works without JavaScript (a plain form post to the server action), keeps
// what was typed when refused, shows each error beside its field and announces the outcome.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { registerMemberAction } from '@/lib/members/actions';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FieldsToFix } from './fields-to-fix';
import { NationalityAndEmail, SensitiveFields, UnionDetailFields, type EthnicityOption } from './member-detail-fields';

type Result = Awaited<ReturnType<typeof registerMemberAction>>;

function SubmitButton() {
  const { pending } = useFormStatus();
  const t = useTranslations('member');
  return (
    <Button type="submit" disabled={pending} aria-busy={pending}>
      {pending ? t('submitting') : t('submit')}
    </Button>
  );
}

/** The message key of a field's label (the field names are the schema's). */
export const labelKeyOf = (field: string) => (field === 'ethnicityCode' ? 'member.ethnicity' : `member.${field}`);

export function RegisterMemberForm({ unitId, ethnicities }: { unitId: number; ethnicities: EthnicityOption[] }) {
  const t = useTranslations();
  const [state, formAction] = useActionState<Result, FormData>(registerMemberAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  // After a success the form starts empty for the next person; after a refusal it keeps the input.
  // React resets a form after its action runs, to the fields' default values: remounting with the
  // submitted values as defaults (a new key) is what keeps them, selects included.
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const formKey = state.status === 'ok' ? `ok-${state.data.memberId}` : JSON.stringify(values);

  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <div aria-live="polite" data-testid="form-status">
        {state.status === 'error' ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            {tr(state.message)}
            {state.message.params?.memberId ? (
              <>
                {' '}
                <Link href={`/members/${state.message.params.memberId}/transfer?to=${encodeURIComponent(String(state.message.params.toUnitCode))}`} className="font-semibold underline">
                  {t('errors.member.transferLink')}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
        {state.status === 'error' ? <FieldsToFix fields={Object.keys(state.fieldErrors ?? {})} labelOf={(field) => t(labelKeyOf(field))} /> : null}
        {state.status === 'ok' ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            {t(state.data.rejoined ? 'member.rejoined' : 'member.registered', { name: state.data.fullName, card: state.data.cardNumber })}{' '}
            <Link href={`/units/${unitId}`} className="font-semibold underline">
              {t('member.backToUnit')}
            </Link>
          </p>
        ) : null}
      </div>
      <InputField name="fullName" label={t('member.fullName')} required maxLength={120} autoComplete="off" defaultValue={values.fullName} errors={errorsOf('fullName')} />
      <SelectField
        name="gender"
        label={t('member.gender')}
        required
        placeholder={t('member.chooseGender')}
        options={[
          { value: 'female', label: t('member.genderOption.female') },
          { value: 'male', label: t('member.genderOption.male') },
        ]}
        defaultValue={values.gender ?? ''}
        errors={errorsOf('gender')}
      />
      <InputField name="birthDate" label={t('member.birthDate')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.birthDate} errors={errorsOf('birthDate')} />
      <InputField name="cccd" label={t('member.cccd')} hint={t('member.cccdHint')} required inputMode="numeric" autoComplete="off" maxLength={20} defaultValue={values.cccd} errors={errorsOf('cccd')} />
      <InputField name="phone" type="tel" label={t('member.phone')} hint={t('member.phoneHint')} optionalLabel={t('member.optional')} autoComplete="off" defaultValue={values.phone} errors={errorsOf('phone')} />
      <InputField name="joinDate" label={t('member.joinDate')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.joinDate} errors={errorsOf('joinDate')} />
      <InputField name="jobTitle" label={t('member.jobTitle')} optionalLabel={t('member.optional')} maxLength={120} defaultValue={values.jobTitle} errors={errorsOf('jobTitle')} />
      <NationalityAndEmail values={values} errorsOf={errorsOf} />
      <UnionDetailFields values={values} errorsOf={errorsOf} />
      <SensitiveFields values={values} errorsOf={errorsOf} ethnicities={ethnicities} />
      <div>
        <SubmitButton />
      </div>
    </form>
  );
}

