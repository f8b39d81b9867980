// The employers without a union in a ward, with how far each mobilisation has come and what can be
// done next: edit the record, establish the union once enough applications are in, or open the union.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { MIN_APPLICATIONS } from '@/lib/employers/schema';
import type { EmployerRow } from '@/lib/employers/data';
import { DataTable } from '@/components/ui/table';

export async function EmployersTable({ wardId, rows, mayManage, captionId }: { wardId: number; rows: EmployerRow[]; mayManage: boolean; captionId: string }) {
  const [t, locale] = await Promise.all([getTranslations('units.employers'), getLocale() as Promise<Locale>]);
  if (rows.length === 0) return <p className="text-slate-600">{t('empty')}</p>;
  return (
    <DataTable
      labelledBy={captionId}
      columns={[
        { label: t('field.name') },
        { label: t('field.workforceTotal'), className: 'hidden text-right sm:table-cell' },
        { label: t('progress') },
        { label: t('field.status'), className: 'hidden md:table-cell' },
        { label: '' },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-slate-100 align-top" data-testid="employer-row">
          <td className="px-3 py-2">
            <span className="font-medium">{row.name}</span>
            <span className="block text-xs text-slate-500">{[row.taxCode, row.address].filter(Boolean).join(' · ')}</span>
          </td>
          <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{row.workforceTotal === null ? '' : formatNumber(row.workforceTotal, locale)}</td>
          <td className="px-3 py-2 text-xs">
            {row.groupFormedOn ? <span className="block">{t('field.groupFormedOn')}: {formatDate(row.groupFormedOn)}</span> : null}
            <span className="block">{t('field.applicationsReceived')}: <span className="tabular-nums">{row.applicationsReceived}/{MIN_APPLICATIONS}</span></span>
            {row.foundingConferenceOn ? <span className="block">{t('field.foundingConferenceOn')}: {formatDate(row.foundingConferenceOn)}</span> : null}
          </td>
          <td className="hidden px-3 py-2 md:table-cell">{t(`status.${row.status}`)}</td>
          <td className="px-3 py-2">
            <div className="flex flex-col gap-1">
              {row.establishedUnit ? (
                <Link href={`/units/${row.establishedUnit.id}`} className="text-brand-700 hover:underline">{row.establishedUnit.name}</Link>
              ) : mayManage ? (
                <>
                  <Link href={`/units/${wardId}/employers/${row.id}`} className="text-brand-700 hover:underline" aria-label={`${t('edit')}: ${row.name}`}>{t('edit')}</Link>
                  {row.applicationsReceived >= MIN_APPLICATIONS ? (
                    <Link href={`/units/${wardId}/establish?employer=${row.id}`} className="font-semibold text-brand-700 hover:underline" aria-label={`${t('establish')}: ${row.name}`}>{t('establish')}</Link>
                  ) : (
                    <span className="text-xs text-slate-500">{t('needApplications')}</span>
                  )}
                </>
              ) : null}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
