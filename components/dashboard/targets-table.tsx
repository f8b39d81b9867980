// Each target: what was set (and its denominator), the actual, the share achieved, what is expected
// by today, and the status in colour and words. Shared by the dashboard and its printed report.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/format';
import { formatNumber } from '@/lib/i18n/format';
import type { DashboardTarget } from '@/lib/dashboard/data';
import { StatusBadge } from './status-badge';
import { formatMetricValue, formatTarget } from './format-value';

export async function TargetsTable({ rows, locale }: { rows: DashboardTarget[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const tt = await getTranslations({ locale, namespace: 'targets' });
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse text-sm" data-testid="targets-table">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">{t('columns.metric')}</th>
            <th scope="col" className="py-2 pr-3">{t('columns.target')}</th>
            <th scope="col" className="py-2 pr-3">{t('columns.actual')}</th>
            <th scope="col" className="py-2 pr-3">{t('columns.achieved')}</th>
            <th scope="col" className="py-2 pr-3">{t('columns.expected')}</th>
            <th scope="col" className="py-2">{t('columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ target, evaluation }) => {
            const { actual } = evaluation;
            return (
              <tr key={target.id} className="border-b border-slate-200 align-top" data-metric={target.metric}>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <span className="font-semibold">{target.metric === 'manual' ? target.label : tt(`metrics.${target.metric}`)}</span>
                  <span className="block text-xs text-slate-600">{target.denominatorNote ?? tt(`denominators.${target.metric}`)}</span>
                </th>
                <td className="py-2 pr-3 whitespace-nowrap">{formatTarget(target.metric, target.shape, target.valueMin, target.valueMax, locale)}</td>
                <td className="py-2 pr-3">
                  <span className="font-semibold">{formatMetricValue(target.metric, target.shape, actual.value, locale)}</span>
                  {actual.denominator !== null ? (
                    <span className="block text-xs text-slate-600">
                      {actual.denominator === 0 ? t('noDenominator') : t('ofDenominator', { numerator: formatNumber(actual.numerator, locale), denominator: formatNumber(actual.denominator, locale) })}
                    </span>
                  ) : null}
                  {evaluation.aboveRange ? <span className="block text-xs text-slate-600">{t('aboveRange')}</span> : null}
                </td>
                <td className="py-2 pr-3">{evaluation.achieved === null ? '—' : `${formatNumber(evaluation.achieved, locale)}%`}</td>
                <td className="py-2 pr-3">{formatMetricValue(target.metric, target.shape, evaluation.expected, locale)}</td>
                <td className="py-2"><StatusBadge status={evaluation.status} label={t(`status.${evaluation.status}`)} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
