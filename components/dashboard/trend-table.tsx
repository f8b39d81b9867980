// The trend's numbers as a table: for screen readers, for print, and for anyone who wants the figures.
import { getTranslations } from 'next-intl/server';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { TrendPoint } from './trend-chart';

export async function TrendTable({ points, locale }: { points: TrendPoint[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const cell = (value: number | null) => (value === null ? '—' : formatNumber(value, locale));
  return (
    <table className="mt-2 w-full border-collapse text-sm" data-testid="trend-table">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-3">{t('month', { month: '' }).trim()}</th>
          <th scope="col" className="py-1 pr-3">{t('trendAdmitted')}</th>
          <th scope="col" className="py-1 pr-3">{t('trendNet')}</th>
          <th scope="col" className="py-1">{t('trendTarget')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.month} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 text-left font-normal">{p.month}</th>
            <td className="py-1 pr-3">{cell(p.admitted)}</td>
            <td className="py-1 pr-3">{cell(p.net)}</td>
            <td className="py-1">{cell(p.target)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
