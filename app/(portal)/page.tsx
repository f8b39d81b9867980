import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { todayInVietnam } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/format';
import { getSubtreeTotals, listScopeRootUnits } from '@/lib/units/data';
import { getDashboard } from '@/lib/dashboard/data';
import { readYear } from '@/lib/targets/schema';
import { UnitTotals } from '@/components/units/unit-totals';
import { DashboardView } from '@/components/dashboard/dashboard-view';

/**
 * The home page: the units the actor holds a role on (with their totals), then the targets dashboard
 * of the first of them — what leaders open the portal for. Other units' dashboards are one click away.
 */
export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const [t, roots, locale] = await Promise.all([getTranslations(), listScopeRootUnits(actor), getLocale() as Promise<Locale>]);
  if (roots.length === 0) {
    return (
      <>
        <h1 className="mb-1 text-2xl font-semibold">{t('dashboard.title')}</h1>
        <p className="text-slate-700">{t('dashboard.empty')}</p>
      </>
    );
  }
  const today = todayInVietnam();
  const query = await searchParams;
  const year = readYear(query.year, today.getUTCFullYear());
  const home = roots[0];
  const [totals, dashboard] = await Promise.all([Promise.all(roots.map((unit) => getSubtreeTotals(unit))), getDashboard(home, year, today)]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('dashboard.title')}</h1>
      <p className="mb-4 text-slate-600">{t('dashboard.intro')}</p>
      <section aria-label={t('dashboard.title')} className="no-print mb-6">
        <ul className="grid gap-4 md:grid-cols-2">
          {roots.map((unit, index) => (
            <li key={unit.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-xs uppercase tracking-wide text-slate-500">{t(`units.kind.${unit.kind}`)}</p>
              <p className="mb-2 text-lg font-semibold">
                <Link href={`/units/${unit.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {unit.name}
                </Link>
              </p>
              <UnitTotals totals={totals[index]} />
              {index > 0 ? (
                <p className="mt-2 text-sm">
                  <Link href={`/dashboard/${unit.id}?year=${year}`} className="text-brand-700 underline">{t('dashboard.heading', { year })}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <DashboardView
        unit={home}
        parent={null}
        dashboard={dashboard}
        locale={locale}
        today={today}
        canManageTargets={can(actor, 'target.manage', home)}
        action="/"
        embedded
        showAllChildren={query.children === 'all'}
      />
    </>
  );
}
