// The A4 report of a unit's year, in Vietnamese whatever the interface language (it is filed and
// sent up the tree): dd/MM/yyyy dates, VND with thousands separators. The shell hides itself in print.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { formatDate, todayInVietnam } from '@/lib/i18n/dates';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { getUnit } from '@/lib/units/data';
import { getDashboard } from '@/lib/dashboard/data';
import { readYear } from '@/lib/targets/schema';
import { TargetsTable } from '@/components/dashboard/targets-table';
import { ChildrenTable } from '@/components/dashboard/children-table';
import { TrendTable } from '@/components/dashboard/trend-table';
import { PrintButton } from '@/components/awards/print-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: 'vi', namespace: 'dashboard' }))('print') };
}

export default async function DashboardPrintPage({ params, searchParams }: PageProps<'/dashboard/[unitId]/print'>) {
  const actor = await getActor();
  const unit = await getUnit(actor, Number((await params).unitId), 'dashboard.view');
  if (!actor || !unit) notFound();
  const today = todayInVietnam();
  const year = readYear((await searchParams).year, today.getUTCFullYear());
  const [t, dashboard] = await Promise.all([getTranslations({ locale: 'vi', namespace: 'dashboard' }), getDashboard(unit, year, today)]);
  const f = dashboard.figures;
  const summary: [string, string][] = [
    [t('activeMembers'), formatNumber(f.members, 'vi')],
    [t('womenShare'), dashboard.womenShare === null ? '—' : formatPercent(dashboard.womenShare / 100, 'vi')],
    [t('gross'), formatNumber(f.admitted, 'vi')],
    [t('net'), formatNumber(f.opened - f.closed, 'vi')],
    [t('leavers'), formatNumber(f.closed, 'vi')],
    [t('grassrootsUnits'), formatNumber(f.grassroots, 'vi')],
  ];
  return (
    <article lang="vi" className="print-report mx-auto max-w-[190mm] bg-white text-slate-900">
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <PrintButton label={t('print')} />
        <Link href={`/dashboard/${unit.id}?year=${year}`} className="inline-flex min-h-11 items-center px-2 text-brand-700 underline">{t('printBack')}</Link>
      </div>
      <header className="mb-4 text-center">
        <p className="text-sm font-semibold uppercase">{unit.name}</p>
        <h1 className="mt-2 text-xl font-bold">{t('printTitle', { year })}</h1>
        <p className="text-sm">{t('asOf', { date: formatDate(dashboard.asOf) })}</p>
        <p className="text-sm" data-testid="print-date">{t('printDate', { date: formatDate(today) })}</p>
      </header>
      <h2 className="mb-2 mt-4 text-base font-bold">I. {t('summary').toUpperCase()}</h2>
      <table className="mb-2 w-full border-collapse text-sm">
        <tbody>
          {summary.map(([label, value]) => (
            <tr key={label} className="border-b border-slate-300">
              <th scope="row" className="py-1 pr-3 text-left font-normal">{label}</th>
              <td className="py-1 text-right font-semibold">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="print-targets" className="mb-2 mt-4 text-base font-bold">II. {t('targetsHeading').toUpperCase()}</h2>
      {dashboard.targets.length ? <TargetsTable rows={dashboard.targets} locale="vi" labelledBy="print-targets" /> : <p>{t('noTargets', { year })}</p>}
      <h2 id="print-trend" className="mb-2 mt-4 text-base font-bold">III. {t('trendHeading').toUpperCase()}</h2>
      <TrendTable points={dashboard.trend} locale="vi" labelledBy="print-trend" />
      <h2 id="print-children" className="mb-2 mt-4 text-base font-bold">IV. {t('childrenHeading').toUpperCase()}</h2>
      <ChildrenTable rows={dashboard.children} targets={dashboard.targets} year={year} locale="vi" linkable={false} labelledBy="print-children" />
    </article>
  );
}
