// One page of search results. Sensitive fields never appear in lists (they are only on a profile,
// on request, audited).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import { DataTable } from '@/components/ui/table';

interface Row {
  id: number;
  fullName: string;
  gender: 'male' | 'female';
  birthDate: Date;
  cardNumber: string;
  unitName: string;
}

export async function MemberResults({ members, captionId }: { members: Row[]; captionId: string }) {
  const t = await getTranslations();
  if (members.length === 0) return <p className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">{t('memberSearch.empty')}</p>;
  return (
    <DataTable
      labelledBy={captionId}
      columns={[
        { label: t('member.fullName') },
        { label: t('memberSearch.unitColumn'), className: 'hidden sm:table-cell' },
        { label: t('member.gender'), className: 'hidden md:table-cell' },
        { label: t('member.birthDate'), className: 'hidden md:table-cell' },
        { label: t('member.cardNumber'), className: 'hidden lg:table-cell' },
      ]}
    >
      {members.map((m) => (
        <tr key={m.id} className="border-t border-slate-100">
          <td className="px-3 py-2 font-medium">
            <Link href={`/members/${m.id}`} className="underline">
              {m.fullName}
            </Link>
            <span className="block text-xs font-normal text-slate-600 sm:hidden">{m.unitName}</span>
          </td>
          <td className="hidden px-3 py-2 sm:table-cell">{m.unitName}</td>
          <td className="hidden px-3 py-2 md:table-cell">{t(`member.genderOption.${m.gender}`)}</td>
          <td className="hidden px-3 py-2 tabular-nums md:table-cell">{formatDate(m.birthDate)}</td>
          <td className="hidden px-3 py-2 tabular-nums lg:table-cell">{m.cardNumber}</td>
        </tr>
      ))}
    </DataTable>
  );
}
