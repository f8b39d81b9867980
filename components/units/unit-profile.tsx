// The profile of a grassroots union: sector, employer and workforce, founding decision, collective
// agreement and the chair slot. Empty fields say so rather than vanish, so gaps are visible.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber, formatPercent, type Locale } from '@/lib/i18n/format';
import { formatDate } from '@/lib/i18n/dates';
import { cbaStatus } from '@/lib/units/schema';
import type { UnitProfile } from '@/lib/units/data';

interface Official { userId: number; name: string }

function Row({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

export async function UnitProfileCard({ profile, officials, activeMembers, today }: { profile: UnitProfile; officials: Official[]; activeMembers: number; today: Date }) {
  const [t, locale] = await Promise.all([getTranslations('units'), getLocale() as Promise<Locale>]);
  const none = <span className="text-slate-500">{t('profile.notSet')}</span>;
  const status = cbaStatus(profile.cbaExpiresOn, today);
  const workforce = profile.workforceTotal !== null
    ? t('profile.workforceValue', { total: formatNumber(profile.workforceTotal, locale), women: formatNumber(profile.workforceWomen ?? 0, locale) })
    : null;
  const coverage = profile.workforceTotal ? formatPercent(Math.min(1, activeMembers / profile.workforceTotal), locale) : null;
  const dl = 'grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]';
  return (
    <div className="mb-8 grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="profile-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile-title" className="mb-3 text-lg font-semibold">{t('profile.title')}</h2>
        <dl className={dl}>
          <Row label={t('sectorLabel')} value={profile.sector ? t(`sector.${profile.sector}`) : none} testId="profile-sector" />
          <Row label={t('field.employerName')} value={profile.employerName ?? none} testId="profile-employer" />
          <Row label={t('field.employerTaxCode')} value={profile.employerTaxCode ?? none} />
          <Row label={t('field.employerAddress')} value={profile.employerAddress ?? none} />
          <Row label={t('profile.workforce')} value={workforce ?? none} testId="profile-workforce" />
          {coverage ? <Row label={t('profile.coverage')} value={coverage} /> : null}
          <Row
            label={t('profile.foundingDecision')}
            value={profile.foundingDecisionNumber ? t('profile.decisionValue', { number: profile.foundingDecisionNumber, date: formatDate(profile.foundingDecisionOn) }) : none}
            testId="profile-founding-decision"
          />
          {profile.provisionalChair ? <Row label={t('profile.provisionalChair')} value={profile.provisionalChair} testId="profile-provisional-chair" /> : null}
          {profile.fromEmployer ? (
            <Row
              label={t('employers.progress')}
              value={<Link href={`/units/${profile.fromEmployer.wardUnitId}/employers/${profile.fromEmployer.id}`} className="text-brand-700 hover:underline">{t('profile.fromEmployer', { name: profile.fromEmployer.name })}</Link>}
              testId="profile-from-employer"
            />
          ) : null}
        </dl>
      </section>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="cba-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="cba-title" className="mb-3 text-lg font-semibold">{t('cbaLabel')}</h2>
          <dl className={dl}>
            <Row label={t('statusLabel')} value={t(`cba.${status}`)} testId="profile-cba-status" />
            <Row label={t('field.cbaSignedOn')} value={profile.cbaSignedOn ? formatDate(profile.cbaSignedOn) : none} />
            <Row label={t('field.cbaExpiresOn')} value={profile.cbaExpiresOn ? formatDate(profile.cbaExpiresOn) : none} />
            {profile.cbaNote ? <Row label={t('field.cbaNote')} value={profile.cbaNote} /> : null}
          </dl>
        </section>
        <section aria-labelledby="officials-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="officials-title" className="mb-3 text-lg font-semibold">{t('profile.officials')}</h2>
          {officials.length === 0 ? (
            <p className="text-sm text-slate-600">{t('profile.officialsEmpty')}</p>
          ) : (
            <ul className="text-sm" data-testid="profile-officials">
              {officials.map((official) => (
                <li key={official.userId}>
                  {official.name} <span className="text-slate-600">— {t('profile.chair')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
