'use client';
// The edit form of a member's record. It carries the record's version: if someone else saved in the
// meantime the save is refused, and the form keeps everything typed (the refusal returns it).
import Link from 'next/link';
import { editMemberAction } from '@/lib/members/edit-actions';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { FieldsToFix } from './fields-to-fix';
import { NationalityAndEmail, SensitiveFields, UnionDetailFields, type EthnicityOption } from './member-detail-fields';
import { labelKeyOf } from './register-member-form';

interface Props {
  initial: Record<string, string>;
  ethnicities: EthnicityOption[];
  withSensitive: boolean;
}

export function EditMemberForm({ initial, ethnicities, withSensitive }: Props) {
  const { t, state, formAction, pending, tr, errorsOf } = useFormAction(editMemberAction);
  // After a save the next save must carry the new version; after a refusal, what was typed.
  const values = state.status === 'error' ? { ...initial, ...(state.values ?? {}) } : state.status === 'ok' ? { ...initial, version: String(state.data.version) } : initial;
  const formKey = state.status === 'ok' ? `ok-${state.data.version}` : JSON.stringify(values);
  const profileHref = `/members/${initial.memberId}`;

  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="memberId" value={values.memberId} />
      <input type="hidden" name="version" value={values.version} />
      <FormStatus
        error={state.status === 'error' ? tr(state.message) : null}
        success={
          state.status === 'ok' ? (
            <>
              {t('memberProfile.saved')}{' '}
              <Link href={profileHref} className="font-semibold underline">
                {t('memberProfile.backToProfile')}
              </Link>
            </>
          ) : null
        }
      />
      {state.status === 'error' && state.code === 'conflict' ? (
        // Someone else saved first: the latest record opens beside this form, which keeps what was typed.
        <a href={profileHref} target="_blank" rel="noopener" className="text-sm font-semibold underline">
          {t('memberProfile.openLatest')}
        </a>
      ) : null}
      {state.status === 'error' ? <FieldsToFix fields={Object.keys(state.fieldErrors ?? {})} labelOf={(field) => t(labelKeyOf(field))} /> : null}
      <InputField name="fullName" label={t('member.fullName')} required maxLength={120} autoComplete="off" defaultValue={values.fullName} errors={errorsOf('fullName')} />
      <SelectField
        name="gender"
        label={t('member.gender')}
        required
        options={[
          { value: 'female', label: t('member.genderOption.female') },
          { value: 'male', label: t('member.genderOption.male') },
        ]}
        defaultValue={values.gender}
        errors={errorsOf('gender')}
      />
      <InputField name="birthDate" label={t('member.birthDate')} hint={t('member.dateHint')} required inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.birthDate} errors={errorsOf('birthDate')} />
      <InputField name="cccd" label={t('member.cccd')} hint={t('member.cccdHint')} required inputMode="numeric" autoComplete="off" maxLength={20} defaultValue={values.cccd} errors={errorsOf('cccd')} />
      <InputField name="phone" type="tel" label={t('member.phone')} hint={t('member.phoneHint')} optionalLabel={t('member.optional')} autoComplete="off" defaultValue={values.phone} errors={errorsOf('phone')} />
      <InputField name="jobTitle" label={t('member.jobTitle')} optionalLabel={t('member.optional')} maxLength={120} defaultValue={values.jobTitle} errors={errorsOf('jobTitle')} />
      <NationalityAndEmail values={values} errorsOf={errorsOf} />
      <UnionDetailFields values={values} errorsOf={errorsOf} />
      {withSensitive ? <SensitiveFields values={values} errorsOf={errorsOf} ethnicities={ethnicities} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t('memberProfile.saving') : t('memberProfile.save')}
        </Button>
        <Link href={profileHref} className="underline">
          {t('memberProfile.backToProfile')}
        </Link>
      </div>
    </form>
  );
}
