// The units below, furthest behind first, each linking to its own dashboard for the same year.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { ChildRow, DashboardTarget } from '@/lib/dashboard/data';
import { StatusBadge } from './status-badge';
import { formatMetricValue } from './format-value';

export async function ChildrenTable({ rows, targets, year, locale, linkable }: {
  rows: ChildRow[]; targets: DashboardTarget[]; year: number; locale: Locale; linkable: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const tt = await getTranslations({ locale, namespace: 'targets' });
  const columns = targets.map((row) => row.target).filter((target) => target.metric !== 'manual');
  if (rows.length === 0) return <p className="text-slate-700">{t('noChildren')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="children-table">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">{t('columns.unit')}</th>
            <th scope="col" className="py-2 pr-3">{t('columns.members')}</th>
            <th scope="col" className="py-2 pr-3">{t('columns.worst')}</th>
            {columns.map((target) => <th key={target.id} scope="col" className="py-2 pr-3 text-xs font-semibold">{tt(`metrics.${target.metric}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top" data-testid="child-row">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {linkable ? (
                  <Link href={`/dashboard/${row.id}?year=${year}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">{row.name}</Link>
                ) : <span className="font-semibold">{row.name}</span>}
              </th>
              <td className="py-2 pr-3">{formatNumber(row.members, locale)}</td>
              <td className="py-2 pr-3">{row.worst ? <StatusBadge status={row.worst} label={t(`status.${row.worst}`)} /> : t('noChildTarget')}</td>
              {columns.map((target) => {
                const cell = row.metrics[target.metric];
                return (
                  <td key={target.id} className="py-2 pr-3 whitespace-nowrap">
                    {cell ? (
                      <>
                        {formatMetricValue(target.metric, target.shape, cell.value, locale)}
                        <span className="sr-only"> ({t(`status.${cell.status}`)})</span>
                        <span aria-hidden="true" className="ml-1 text-xs" data-status={cell.status}>
                          {cell.status === 'at_risk' ? '■' : cell.status === 'behind' ? '▲' : cell.status === 'no_data' ? '○' : '●'}
                        </span>
                      </>
                    ) : t('noChildTarget')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
