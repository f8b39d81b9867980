import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { todayInVietnam } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/format';
import { getUnit } from '@/lib/units/data';
import { getDashboard } from '@/lib/dashboard/data';
import { readYear } from '@/lib/targets/schema';
import { DashboardView } from '@/components/dashboard/dashboard-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('heading', { year: todayInVietnam().getUTCFullYear() }) };
}

/** Any unit's dashboard inside the actor's scope; outside it, "not found" like a missing unit. */
export default async function UnitDashboardPage({ params, searchParams }: PageProps<'/dashboard/[unitId]'>) {
  const actor = await getActor();
  const unit = await getUnit(actor, Number((await params).unitId), 'dashboard.view');
  if (!actor || !unit) notFound();
  const today = todayInVietnam();
  const query = await searchParams;
  const year = readYear(query.year, today.getUTCFullYear());
  const [locale, dashboard, parent] = await Promise.all([
    getLocale() as Promise<Locale>,
    getDashboard(unit, year, today),
    unit.parentId ? getUnit(actor, unit.parentId, 'dashboard.view') : null,
  ]);
  return (
    <DashboardView
      unit={unit}
      parent={parent}
      dashboard={dashboard}
      locale={locale}
      today={today}
      canManageTargets={can(actor, 'target.manage', unit)}
      action={`/dashboard/${unit.id}`}
      showAllChildren={query.children === 'all'}
    />
  );
}
