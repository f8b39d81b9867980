'use client';
// The optional parts of the full member record, shared by the registration and edit forms. Grouped
// so that a chair on a phone can skip a whole section; the sensitive section says why it is special.
import { useLocale, useTranslations } from 'next-intl';
import { InputField, SelectField } from '@/components/ui/field';
import { EDUCATION_LEVELS, NATIONALITIES, QUALIFICATIONS } from '@/lib/members/schema';

export interface EthnicityOption {
  code: number;
  name: string;
}

interface Props {
  values: Record<string, string>;
  errorsOf: (field: string) => string[];
  ethnicities: EthnicityOption[];
  /** Shown only to roles allowed to see sensitive data (the edit form hides it from others). */
  showSensitive?: boolean;
}

const sectionClass = 'flex flex-col gap-4 rounded-md border border-slate-200 p-3 sm:p-4';
const legendClass = 'px-1 text-base font-semibold text-slate-900';

export function NationalityAndEmail({ values, errorsOf }: Pick<Props, 'values' | 'errorsOf'>) {
  const t = useTranslations('member');
  const locale = useLocale();
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return (
    <>
      <InputField name="email" type="email" label={t('email')} optionalLabel={t('optional')} autoComplete="off" maxLength={254} defaultValue={values.email} errors={errorsOf('email')} />
      <SelectField
        name="nationality"
        label={t('nationality')}
        options={NATIONALITIES.map((code) => ({ value: code, label: names.of(code) ?? code }))}
        defaultValue={values.nationality || 'VN'}
        errors={errorsOf('nationality')}
      />
    </>
  );
}

export function UnionDetailFields({ values, errorsOf }: Pick<Props, 'values' | 'errorsOf'>) {
  const t = useTranslations('member');
  const optional = t('optional');
  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>{t('sectionUnion')}</legend>
      <InputField name="cardNumber" label={t('cardNumber')} hint={t('cardNumberHint')} optionalLabel={optional} autoComplete="off" maxLength={30} defaultValue={values.cardNumber} errors={errorsOf('cardNumber')} />
      <SelectField
        name="educationLevel"
        label={t('educationLevel')}
        optionalLabel={optional}
        placeholder={t('chooseOption')}
        options={EDUCATION_LEVELS.map((value) => ({ value, label: t(`educationOption.${value}`) }))}
        defaultValue={values.educationLevel ?? ''}
        errors={errorsOf('educationLevel')}
      />
      <SelectField
        name="qualification"
        label={t('qualification')}
        optionalLabel={optional}
        placeholder={t('chooseOption')}
        options={QUALIFICATIONS.map((value) => ({ value, label: t(`qualificationOption.${value}`) }))}
        defaultValue={values.qualification ?? ''}
        errors={errorsOf('qualification')}
      />
      <InputField name="officialPosition" label={t('officialPosition')} hint={t('officialPositionHint')} optionalLabel={optional} maxLength={120} defaultValue={values.officialPosition} errors={errorsOf('officialPosition')} />
      <InputField name="officialTrainedOn" label={t('officialTrainedOn')} hint={t('dateHint')} optionalLabel={optional} inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.officialTrainedOn} errors={errorsOf('officialTrainedOn')} />
      <InputField name="appActivatedOn" label={t('appActivatedOn')} hint={t('dateHint')} optionalLabel={optional} inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.appActivatedOn} errors={errorsOf('appActivatedOn')} />
    </fieldset>
  );
}

export function SensitiveFields({ values, errorsOf, ethnicities }: Omit<Props, 'showSensitive'>) {
  const t = useTranslations('member');
  const optional = t('optional');
  return (
    <fieldset className={sectionClass}>
      <legend className={legendClass}>{t('sectionSensitive')}</legend>
      <p className="text-xs text-slate-600">{t('sensitiveNote')}</p>
      <SelectField
        name="ethnicityCode"
        label={t('ethnicity')}
        optionalLabel={optional}
        placeholder={t('chooseOption')}
        options={ethnicities.map((e) => ({ value: String(e.code), label: e.name }))}
        defaultValue={values.ethnicityCode ?? ''}
        errors={errorsOf('ethnicityCode')}
      />
      <InputField name="partyIntroducedOn" label={t('partyIntroducedOn')} hint={t('dateHint')} optionalLabel={optional} inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={values.partyIntroducedOn} errors={errorsOf('partyIntroducedOn')} />
    </fieldset>
  );
}
