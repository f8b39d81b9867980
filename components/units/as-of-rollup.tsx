// The dated roll-up on a ward union's or federation's page: which grassroots unions stood under it
// on a chosen day, under which parent, with their members that day. A plain GET form, so the view
// has its own address (?asOf=30/06/2025) that people can send to each other.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { AsOfUnionRow } from '@/lib/units/data';
import { DataTable } from '@/components/ui/table';
import { Button } from '@/components/ui/button';

export async function AsOfRollup({ unitId, asOfText, asOf, result }: {
  unitId: number;
  asOfText: string | undefined;
  asOf: Date | null;
  result: { rows: AsOfUnionRow[]; members: number } | null;
}) {
  const [t, tu, locale] = await Promise.all([getTranslations('units.asOf'), getTranslations('units'), getLocale() as Promise<Locale>]);
  const invalid = !!asOfText && !asOf;
  return (
    <section aria-labelledby="as-of-title" className="my-8">
      <h2 id="as-of-title" className="mb-1 text-lg font-semibold">{t('title')}</h2>
      <p className="mb-3 text-sm text-slate-600">{t('intro')}</p>
      <form method="get" action={`/units/${unitId}`} className="mb-4 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="as-of" className="text-sm font-semibold text-slate-800">{t('date')}</label>
          <input id="as-of" name="asOf" inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={asOfText ?? ''}
            aria-invalid={invalid || undefined} aria-describedby={invalid ? 'as-of-error' : undefined}
            className="w-40 rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600" />
        </div>
        <Button type="submit" variant="secondary">{t('show')}</Button>
        {invalid ? <p id="as-of-error" role="alert" className="w-full text-sm text-red-700">{t('badDate')}</p> : null}
      </form>
      {asOf && !result ? <p className="text-slate-600">{t('notThen', { date: formatDate(asOf) })}</p> : null}
      {asOf && result ? (
        <div data-testid="as-of-result">
          <p className="mb-2 text-sm font-semibold" aria-live="polite">
            {t('summary', { date: formatDate(asOf), unions: formatNumber(result.rows.length, locale), members: formatNumber(result.members, locale) })}
          </p>
          {result.rows.length > 0 ? (
            <DataTable labelledBy="as-of-title" columns={[{ label: t('parentThen'), className: 'hidden sm:table-cell' }, { label: tu('kind.grassroots') }, { label: t('members'), className: 'text-right' }]}>
              {result.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100">
                  <td className="hidden px-3 py-2 sm:table-cell">{row.parentName}</td>
                  <td className="px-3 py-2">
                    <Link href={`/units/${row.id}`} className="text-brand-700 hover:underline">{row.name}</Link>
                    <span className="block text-xs text-slate-500">{row.code}</span>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.members, locale)}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
