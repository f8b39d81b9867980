// Awards of one member or one union as a table: year, award type, decision (number, date, issuer).
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import type { ProfileAwardRow } from '@/lib/awards/data';
import { DataTable } from '@/components/ui/table';

export async function RecipientAwardsTable({ awards, labelledBy }: { awards: ProfileAwardRow[]; labelledBy: string }) {
  const t = await getTranslations('awards');
  return (
    <DataTable labelledBy={labelledBy} columns={[{ label: t('year') }, { label: t('columns.type') }, { label: t('columns.decision'), className: 'hidden sm:table-cell' }]}>
      {awards.map((award) => (
        <tr key={award.id} className="border-t border-slate-100 align-top" data-testid="profile-award">
          <td className="px-3 py-2 tabular-nums">{award.year}</td>
          <td className="px-3 py-2">{award.awardTypeName}</td>
          <td className="hidden px-3 py-2 sm:table-cell">
            {t('decisionLine', { number: award.decisionNumber, date: formatDate(award.signedOn) })}
            <span className="block text-xs text-slate-500">{award.issuingUnitName}</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
