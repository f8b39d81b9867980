import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import { DataTable } from '@/components/ui/table';

interface MemberRow {
  id: number;
  fullName: string;
  gender: 'male' | 'female';
  birthDate: Date;
  jobTitle: string | null;
  cardNumber: string;
}

export async function MembersTable({ members, captionId }: { members: MemberRow[]; captionId: string }) {
  const t = await getTranslations();
  return (
    <DataTable
      labelledBy={captionId}
      columns={[
        { label: t('member.fullName') },
        { label: t('member.gender') },
        { label: t('member.birthDate'), className: 'hidden sm:table-cell' },
        { label: t('member.jobTitle'), className: 'hidden md:table-cell' },
        { label: t('member.cardNumber'), className: 'hidden md:table-cell' },
      ]}
    >
      {members.map((m) => (
        <tr key={m.id} className="border-t border-slate-100">
          <td className="px-3 py-2 font-medium">
            <Link href={`/members/${m.id}`} className="underline">
              {m.fullName}
            </Link>
          </td>
          <td className="px-3 py-2">{t(`member.genderOption.${m.gender}`)}</td>
          <td className="hidden px-3 py-2 tabular-nums sm:table-cell">{formatDate(m.birthDate)}</td>
          <td className="hidden px-3 py-2 md:table-cell">{m.jobTitle}</td>
          <td className="hidden px-3 py-2 tabular-nums md:table-cell">{m.cardNumber}</td>
        </tr>
      ))}
    </DataTable>
  );
}
