// The trend's numbers as a table: for screen readers, for print, and for anyone who wants the figures.
import { getTranslations } from 'next-intl/server';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/table';
import type { TrendPoint } from './trend-chart';

export async function TrendTable({ points, locale, labelledBy }: { points: TrendPoint[]; locale: Locale; labelledBy: string }) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const cell = (value: number | null) => (value === null ? '—' : formatNumber(value, locale));
  return (
    <div data-testid="trend-table" className="mt-2">
      <DataTable
        labelledBy={labelledBy}
        columns={[t('month', { month: '' }).trim(), t('trendAdmitted'), t('trendNet'), t('trendTarget')].map((label) => ({ label }))}
      >
        {points.map((p) => (
          <tr key={p.month} className="border-t border-slate-100">
            <th scope="row" className="px-3 py-1 text-left font-normal">{p.month}</th>
            <td className="px-3 py-1">{cell(p.admitted)}</td>
            <td className="px-3 py-1">{cell(p.net)}</td>
            <td className="px-3 py-1">{cell(p.target)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
