import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { formatDate } from '@/lib/i18n/dates';
import { cbaStatus, type CbaStatus } from '@/lib/units/schema';
import type { UnitListRow } from '@/lib/units/data';
import { DataTable } from '@/components/ui/table';

const CBA_TONE: Record<CbaStatus, string> = {
  none: 'bg-slate-100 text-slate-700',
  valid: 'bg-green-100 text-green-800',
  expiring: 'bg-amber-100 text-amber-900',
  expired: 'bg-red-100 text-red-800',
};

/** One page of the units list. Columns that matter less fold away on a phone. */
export async function UnitsListTable({ rows, captionId, today }: { rows: UnitListRow[]; captionId: string; today: Date }) {
  const [t, locale] = await Promise.all([getTranslations('units'), getLocale() as Promise<Locale>]);
  return (
    <DataTable
      labelledBy={captionId}
      columns={[
        { label: t('name') },
        { label: t('parent'), className: 'hidden lg:table-cell' },
        { label: t('sectorLabel'), className: 'hidden md:table-cell' },
        { label: t('activeMembers'), className: 'text-right' },
        { label: t('women'), className: 'hidden text-right sm:table-cell' },
        { label: t('cbaLabel'), className: 'hidden sm:table-cell' },
        { label: t('foundedOn'), className: 'hidden md:table-cell' },
      ]}
    >
      {rows.map((row) => {
        const cba = row.kind === 'grassroots' ? cbaStatus(row.cbaExpiresOn, today) : null;
        return (
          <tr key={row.id} className="border-t border-slate-100" data-testid="unit-row">
            <td className="px-3 py-2">
              <Link href={`/units/${row.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {row.name}
              </Link>
              {row.status !== 'active' ? <span className="ml-2 text-xs text-slate-500">({t(`status.${row.status}`)})</span> : null}
              <span className="block text-xs text-slate-500">
                {row.code} · {t(`kind.${row.kind}`)}
              </span>
            </td>
            <td className="hidden px-3 py-2 lg:table-cell">{row.parentName}</td>
            <td className="hidden px-3 py-2 md:table-cell">{row.sector ? t(`sector.${row.sector}`) : ''}</td>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.activeMembers, locale)}</td>
            <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{formatNumber(row.activeWomen, locale)}</td>
            <td className="hidden px-3 py-2 sm:table-cell">
              {cba ? <span className={`rounded px-2 py-0.5 text-xs font-semibold ${CBA_TONE[cba]}`}>{t(`cba.${cba}`)}</span> : null}
            </td>
            <td className="hidden px-3 py-2 tabular-nums md:table-cell">{formatDate(row.foundedOn)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
