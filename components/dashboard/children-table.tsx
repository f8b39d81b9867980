// The units below, furthest behind first, each linking to its own dashboard for the same year.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { ChildRow, DashboardTarget } from '@/lib/dashboard/data';
import { DataTable } from '@/components/ui/table';
import { StatusBadge } from './status-badge';
import { formatMetricValue } from './format-value';

export async function ChildrenTable({ rows, targets, year, locale, linkable, labelledBy }: {
  rows: ChildRow[]; targets: DashboardTarget[]; year: number; locale: Locale; linkable: boolean; labelledBy: string;
}) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const tt = await getTranslations({ locale, namespace: 'targets' });
  const columns = targets.map((row) => row.target).filter((target) => target.metric !== 'manual');
  if (rows.length === 0) return <p className="text-slate-700">{t('noChildren')}</p>;
  return (
    <div data-testid="children-table">
      <DataTable
        labelledBy={labelledBy}
        columns={[
          ...['unit', 'members', 'worst'].map((key) => ({ label: t(`columns.${key}`) })),
          ...columns.map((target) => ({ label: tt(`metrics.${target.metric}`), className: 'text-xs' })),
        ]}
      >
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top" data-testid="child-row">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {linkable ? (
                  <Link href={`/dashboard/${row.id}?year=${year}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">{row.name}</Link>
                ) : <span className="font-semibold">{row.name}</span>}
              </th>
              <td className="px-3 py-2">{formatNumber(row.members, locale)}</td>
              <td className="px-3 py-2">{row.worst ? <StatusBadge status={row.worst} label={t(`status.${row.worst}`)} /> : t('noChildTarget')}</td>
              {columns.map((target) => {
                const cell = row.metrics[target.metric];
                return (
                  <td key={target.id} className="px-3 py-2 whitespace-nowrap">
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
      </DataTable>
    </div>
  );
}
