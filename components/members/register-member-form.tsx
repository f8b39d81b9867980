'use client';
// The registration form: works without JavaScript (a plain form post to the server action), keeps
// what was typed when refused, shows each error beside its field and announces the outcome.
import Link from 'next/link';
import { registerMemberAction } from '@/lib/members/actions';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { FieldsToFix } from './fields-to-fix';
import { NationalityAndEmail, SensitiveFields, UnionDetailFields, type EthnicityOption } from './member-detail-fields';

/** The message key of a field's label (the field names are the schema's). */
export const labelKeyOf = (field: string) => (field === 'ethnicityCode' ? 'member.ethnicity' : `member.${field}`);

export function RegisterMemberForm({ unitId, ethnicities }: { unitId: number; ethnicities: EthnicityOption[] }) {
  // After a success the form starts empty for the next person; after a refusal it keeps the input
  // (the hook remounts the form with the submitted values as defaults).
  const { t, state, formAction, pending, tr, errorsOf, values, formKey } = useFormAction(registerMemberAction);
  const transferOf = state.status === 'error' ? state.message.params : undefined;

  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={
          state.status === 'ok' ? (
            <>
              {t(state.data.rejoined ? 'member.rejoined' : 'member.registered', { name: state.data.fullName, card: state.data.cardNumber })}{' '}
              <Link href={`/units/${unitId}`} className="font-semibold underline">
                {t('member.backToUnit')}
              </Link>
            </>
          ) : null
        }
      />
      {transferOf?.memberId ? (
        // The person is active in a union the user can see: offer the transfer instead of a registration.
        <Link href={`/members/${transferOf.memberId}/transfer?to=${encodeURIComponent(String(transferOf.toUnitCode))}`} className="text-sm font-semibold text-brand-800 underline">
          {t('errors.member.transferLink')}
        </Link>
      ) : null}
      {state.status === 'error' ? <FieldsToFix fields={Object.keys(state.fieldErrors ?? {})} labelOf={(field) => t(labelKeyOf(field))} /> : null}
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
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t('member.submitting') : t('member.submit')}
        </Button>
      </div>
    </form>
  );
}

