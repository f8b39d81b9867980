// The record of a member as the profile shows it: personal, then union details; and, separately,
// the sensitive part, which the page passes in only after it has been revealed and audited.
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import type { MemberProfile } from '@/lib/members/data';
import { DetailList } from './detail-list';

export async function MemberRecord({ member }: { member: MemberProfile }) {
  const [t, locale] = await Promise.all([getTranslations('member'), getLocale()]);
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="person-heading">
        <h2 id="person-heading" className="mb-3 text-lg font-semibold">{t('sectionPerson')}</h2>
        <DetailList
          items={[
            { label: t('gender'), value: t(`genderOption.${member.gender}`) },
            { label: t('birthDate'), value: formatDate(member.birthDate) },
            { label: t('cccd'), value: member.cccd },
            { label: t('phone'), value: member.phone },
            { label: t('email'), value: member.email },
            { label: t('nationality'), value: countries.of(member.nationality.trim()) ?? member.nationality },
            { label: t('jobTitle'), value: member.jobTitle },
            { label: t('educationLevel'), value: member.educationLevel ? t(`educationOption.${member.educationLevel}`) : null },
            { label: t('qualification'), value: member.qualification ? t(`qualificationOption.${member.qualification}`) : null },
          ]}
        />
      </section>
      <section aria-labelledby="union-heading">
        <h2 id="union-heading" className="mb-3 text-lg font-semibold">{t('sectionUnion')}</h2>
        <DetailList
          items={[
            { label: t('cardNumber'), value: member.cardNumber, testId: 'card-number' },
            { label: t('officialPosition'), value: member.officialPosition },
            { label: t('officialTrainedOn'), value: formatDate(member.officialTrainedOn) },
            { label: t('appActivatedOn'), value: formatDate(member.appActivatedOn) },
          ]}
        />
      </section>
    </div>
  );
}

export async function SensitiveRecord({ sensitive }: { sensitive: { ethnicityName: string | null; partyIntroducedOn: Date | null } }) {
  const t = await getTranslations();
  return (
    <div data-testid="sensitive-record">
      <DetailList
        items={[
          { label: t('member.ethnicity'), value: sensitive.ethnicityName },
          { label: t('member.partyIntroducedOn'), value: formatDate(sensitive.partyIntroducedOn) },
        ]}
      />
      <p className="mt-2 text-xs text-slate-600">{t('memberProfile.viewLogged')}</p>
    </div>
  );
}
