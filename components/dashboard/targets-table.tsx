// Each target: what was set (and its denominator), the actual, the share achieved, what is expected
// by today, and the status in colour and words. Shared by the dashboard and its printed report.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/format';
import { formatNumber } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/table';
import type { DashboardTarget } from '@/lib/dashboard/data';
import { StatusBadge } from './status-badge';
import { formatMetricValue, formatTarget } from './format-value';

export async function TargetsTable({ rows, locale, labelledBy }: { rows: DashboardTarget[]; locale: Locale; labelledBy: string }) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const tt = await getTranslations({ locale, namespace: 'targets' });
  return (
    <div data-testid="targets-table">
      <DataTable
        labelledBy={labelledBy}
        columns={['metric', 'target', 'actual', 'achieved', 'expected', 'status'].map((key) => ({ label: t(`columns.${key}`) }))}
      >
          {rows.map(({ target, evaluation }) => {
            const { actual } = evaluation;
            return (
              <tr key={target.id} className="border-t border-slate-200 align-top" data-metric={target.metric}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="font-semibold">{target.metric === 'manual' ? target.label : tt(`metrics.${target.metric}`)}</span>
                  <span className="block text-xs text-slate-600">{target.denominatorNote ?? tt(`denominators.${target.metric}`)}</span>
                </th>
                <td className="px-3 py-2 whitespace-nowrap">{formatTarget(target.metric, target.shape, target.valueMin, target.valueMax, locale)}</td>
                <td className="px-3 py-2">
                  <span className="font-semibold">{formatMetricValue(target.metric, target.shape, actual.value, locale)}</span>
                  {actual.denominator !== null ? (
                    <span className="block text-xs text-slate-600">
                      {actual.denominator === 0 ? t('noDenominator') : t('ofDenominator', { numerator: formatNumber(actual.numerator, locale), denominator: formatNumber(actual.denominator, locale) })}
                    </span>
                  ) : null}
                  {evaluation.aboveRange ? <span className="block text-xs text-slate-600">{t('aboveRange')}</span> : null}
                </td>
                <td className="px-3 py-2">{evaluation.achieved === null ? '—' : `${formatNumber(evaluation.achieved, locale)}%`}</td>
                <td className="px-3 py-2">{formatMetricValue(target.metric, target.shape, evaluation.expected, locale)}</td>
                <td className="px-3 py-2"><StatusBadge status={evaluation.status} label={t(`status.${evaluation.status}`)} /></td>
              </tr>
            );
          })}
      </DataTable>
    </div>
  );
}
