// The whole membership history of a person, newest first: admissions, leavings and rejoinings.
// Unions outside the reader's scope are named but not linked (people need to know where someone was).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import { DataTable } from '@/components/ui/table';
import type { MemberProfile } from '@/lib/members/data';

export async function MembershipHistory({ memberships, captionId }: { memberships: MemberProfile['memberships']; captionId: string }) {
  const t = await getTranslations('memberProfile');
  if (memberships.length === 0) return <p className="text-sm text-slate-600">{t('noHistory')}</p>;
  return (
    <DataTable
      labelledBy={captionId}
      columns={[{ label: t('historyUnit') }, { label: t('historyAdmitted') }, { label: t('historyLeft') }, { label: t('historyReason') }]}
    >
      {memberships.map((m) => (
        <tr key={m.id} className="border-t border-slate-100">
          <td className="px-3 py-2">
            {m.unit.isInScope ? (
              <Link href={`/units/${m.unit.id}`} className="underline">
                {m.unit.name}
              </Link>
            ) : (
              m.unit.name
            )}
          </td>
          <td className="px-3 py-2 tabular-nums">{formatDate(m.admittedOn)}</td>
          <td className="px-3 py-2 tabular-nums">{m.leftOn ? formatDate(m.leftOn) : t('current')}</td>
          <td className="px-3 py-2">
            {m.leaveReason ? t(`leaveReason.${m.leaveReason}`) : null}
            {m.leaveNote ? <span className="block text-xs text-slate-600">{m.leaveNote}</span> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
