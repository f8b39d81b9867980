// A union's transfers in one direction. The other union is named but linked only inside the reader's
// scope; the member is linked when the reader may open their profile.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import { DataTable } from '@/components/ui/table';
import type { listUnitTransfers } from '@/lib/members/data';

type Row = Awaited<ReturnType<typeof listUnitTransfers>>['pending'][number];

export async function TransferList({ rows, direction, captionId, unitId }: { rows: Row[]; direction: 'incoming' | 'outgoing'; captionId: string; unitId: number }) {
  const t = await getTranslations('memberTransfer');
  return (
    <DataTable
      labelledBy={captionId}
      columns={[
        { label: t('colMember') }, { label: t(direction === 'incoming' ? 'colFrom' : 'colTo') }, { label: t('colDate') },
        { label: t('colRequested'), className: 'hidden sm:table-cell' }, { label: t('colStatus') },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id} className="border-t border-slate-100 align-top">
          <td className="px-3 py-2">
            <Link href={`/units/${unitId}/members/transfers/${row.id}`} className="font-semibold underline">{row.member.fullName}</Link>
            <span className="block text-xs text-slate-600">{formatDate(row.member.birthDate)}</span>
          </td>
          <td className="px-3 py-2">{(direction === 'incoming' ? row.fromUnit : row.toUnit).name}</td>
          <td className="px-3 py-2 tabular-nums">{formatDate(row.effectiveOn)}</td>
          <td className="hidden px-3 py-2 sm:table-cell">{row.requestedByName}</td>
          <td className="px-3 py-2">
            {t(`status.${row.status}`)}
            {row.decisionNote ? <span className="block text-xs text-slate-600">{row.decisionNote}</span> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
