import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber } from '@/lib/i18n/format';
import type { ChildUnitRow } from '@/lib/units/data';
import { DataTable } from '@/components/ui/table';
import type { Locale } from '@/lib/i18n/format';

export async function ChildrenTable({ rows, captionId }: { rows: ChildUnitRow[]; captionId: string }) {
  const [t, locale] = await Promise.all([getTranslations('units'), getLocale() as Promise<Locale>]);
  if (rows.length === 0) return <p className="text-slate-600">{t('childrenEmpty')}</p>;
  return (
    <DataTable
      labelledBy={captionId}
      columns={[
        { label: t('name') },
        { label: t('kindLabel'), className: 'hidden md:table-cell' },
        { label: t('activeMembers'), className: 'text-right' },
        { label: t('women'), className: 'hidden text-right sm:table-cell' },
        { label: t('grassrootsCount'), className: 'hidden text-right sm:table-cell' },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-slate-100">
          <td className="px-3 py-2">
            <Link href={`/units/${row.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {row.name}
            </Link>
            {row.status !== 'active' ? <span className="ml-2 text-xs text-slate-500">({t(`status.${row.status}`)})</span> : null}
            <span className="block text-xs text-slate-500">{row.code}</span>
          </td>
          <td className="hidden px-3 py-2 md:table-cell">{t(`kind.${row.kind}`)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.activeMembers, locale)}</td>
          <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{formatNumber(row.activeWomen, locale)}</td>
          <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">
            {row.kind === 'grassroots' ? '' : formatNumber(row.grassrootsUnits, locale)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
