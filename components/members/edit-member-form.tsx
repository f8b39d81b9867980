'use client';
// The edit form of a member's record. It carries the record's version: if someone else saved in the
// meantime the save is refused, and the form keeps everything typed (the refusal returns it).
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { editMemberAction } from '@/lib/members/edit-actions';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { FieldsToFix } from './fields-to-fix';
import { NationalityAndEmail, SensitiveFields, UnionDetailFields, type EthnicityOption } from './member-detail-fields';
import { labelKeyOf } from './register-member-form';

type Result = Awaited<ReturnType<typeof editMemberAction>>;

function SaveButton() {
  const { pending } = useFormStatus();
  const t = useTranslations('memberProfile');
  return (
    <Button type="submit" disabled={pending} aria-busy={pending}>
      {pending ? t('saving') : t('save')}
    </Button>
  );
}

interface Props {
  initial: Record<string, string>;
  ethnicities: EthnicityOption[];
  withSensitive: boolean;
}

export function EditMemberForm({ initial, ethnicities, withSensitive }: Props) {
  const t = useTranslations();
  const [state, formAction] = useActionState<Result, FormData>(editMemberAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  // After a save the next save must carry the new version; after a refusal, what was typed.
  const values = state.status === 'error' ? { ...initial, ...(state.values ?? {}) } : state.status === 'ok' ? { ...initial, version: String(state.data.version) } : initial;
  const formKey = state.status === 'ok' ? `ok-${state.data.version}` : JSON.stringify(values);
  const profileHref = `/members/${initial.memberId}`;

  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="memberId" value={values.memberId} />
      <input type="hidden" name="version" value={values.version} />
      <div aria-live="polite" data-testid="form-status">
        {state.status === 'error' ? (
          <div className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            <p role="alert">{tr(state.message)}</p>
            {state.code === 'conflict' ? (
              <a href={profileHref} target="_blank" rel="noopener" className="mt-1 inline-block font-semibold underline">
                {t('memberProfile.openLatest')}
              </a>
            ) : null}
            <FieldsToFix fields={Object.keys(state.fieldErrors ?? {})} labelOf={(field) => t(labelKeyOf(field))} />
          </div>
        ) : null}
        {state.status === 'ok' ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            {t('memberProfile.saved')}{' '}
            <Link href={profileHref} className="font-semibold underline">
              {t('memberProfile.backToProfile')}
            </Link>
          </p>
        ) : null}
      </div>
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
        <SaveButton />
        <Link href={profileHref} className="underline">
          {t('memberProfile.backToProfile')}
        </Link>
      </div>
    </form>
  );
}
