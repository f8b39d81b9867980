// The dashboard of one unit and year: the page at / (the actor's scope) and /dashboard/[unitId].
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/format';
import type { Dashboard } from '@/lib/dashboard/data';
import { ButtonLink } from '@/components/ui/button';
import { TargetsTable } from './targets-table';
import { ChildrenTable } from './children-table';
import { MemberSummary } from './member-summary';
import { TrendChart } from './trend-chart';
import { TrendTable } from './trend-table';
import { YearPicker, selectableYears } from './year-picker';

interface Props {
  unit: { id: number; name: string };
  parent: { id: number; name: string } | null;
  dashboard: Dashboard;
  locale: Locale;
  today: Date;
  canManageTargets: boolean;
  /** Where the year picker submits: "/" or the unit's dashboard. */
  action: string;
  /** On the home page the dashboard sits under the page's own h1. */
  embedded?: boolean;
  /** `?children=all`: every child unit; otherwise the CHILDREN_SHOWN furthest behind. */
  showAllChildren?: boolean;
}

/**
 * Child units listed before "show all". A ward union can hold 600 grassroots unions: rendering every
 * row cost 400 ms a page and seconds under 10 users (BENCHMARKS.md); the furthest behind come first,
 * and the print view and the export keep every unit.
 */
export const CHILDREN_SHOWN = 50;

export async function DashboardView({ unit, parent, dashboard, locale, today, canManageTargets, action, embedded = false, showAllChildren = false }: Props) {
  const Heading = embedded ? 'h2' : 'h1';
  const t = await getTranslations('dashboard');
  const { year } = dashboard;
  const children = showAllChildren ? dashboard.children : dashboard.children.slice(0, CHILDREN_SHOWN);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">{unit.name}</p>
          <Heading className="text-2xl font-semibold" data-testid="dashboard-heading">{t('heading', { year })}</Heading>
          <p className="text-sm text-slate-600">{t('asOf', { date: formatDate(dashboard.asOf) })}</p>
          {parent ? (
            <p className="mt-1 text-sm">
              <Link href={`/dashboard/${parent.id}?year=${year}`} className="text-brand-700 underline">{t('up', { name: parent.name })}</Link>
            </p>
          ) : null}
        </div>
        <YearPicker action={action} year={year} years={selectableYears(today, year)} label={t('yearLabel')} submit={t('showYear')} />
      </div>
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <ButtonLink href={`/dashboard/${unit.id}/print?year=${year}`} variant="secondary">{t('print')}</ButtonLink>
        <ButtonLink href={`/dashboard/${unit.id}/export?year=${year}`} variant="secondary" prefetch={false}>{t('export')}</ButtonLink>
        {canManageTargets ? <ButtonLink href={`/targets?unit=${unit.id}&year=${year}`} variant="secondary">{t('manageTargets')}</ButtonLink> : null}
      </div>

      <MemberSummary dashboard={dashboard} locale={locale} />

      <section aria-labelledby="targets-heading" className="mb-8">
        <h2 id="targets-heading" className="mb-2 text-lg font-semibold">{t('targetsHeading')}</h2>
        {dashboard.targets.length ? (
          <TargetsTable rows={dashboard.targets} locale={locale} labelledBy="targets-heading" />
        ) : (
          <p className="text-slate-700">
            {t('noTargets', { year })}{' '}
            {canManageTargets ? <Link href={`/targets?unit=${unit.id}&year=${year}`} className="text-brand-700 underline">{t('setTargets')}</Link> : null}
          </p>
        )}
      </section>

      <section aria-labelledby="trend-heading" className="mb-8">
        <h2 id="trend-heading" className="mb-1 text-lg font-semibold">{t('trendHeading')}</h2>
        <p className="mb-2 text-sm text-slate-600">{t('trendIntro')}</p>
        <TrendChart points={dashboard.trend} labels={{ admitted: t('trendAdmitted'), net: t('trendNet'), target: t('trendTarget'), month: t('month', { month: '{month}' }) }} />
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700">{t('trendHeading')}</summary>
          <TrendTable points={dashboard.trend} locale={locale} labelledBy="trend-heading" />
        </details>
      </section>

      <section aria-labelledby="children-heading">
        <h2 id="children-heading" className="mb-1 text-lg font-semibold">{t('childrenHeading')}</h2>
        <p className="mb-2 text-sm text-slate-600">{t('childrenIntro')}</p>
        <ChildrenTable rows={children} targets={dashboard.targets} year={year} locale={locale} linkable labelledBy="children-heading" />
        {children.length < dashboard.children.length ? (
          <p className="mt-2 text-sm" data-testid="children-shown">
            {t('childrenShown', { shown: children.length, total: dashboard.children.length })}{' '}
            <Link href={`${action}?year=${year}&children=all#children-heading`} className="text-brand-700 underline">{t('showAllChildren')}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
