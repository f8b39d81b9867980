import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';

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
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" aria-labelledby={captionId}>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">{t('member.fullName')}</th>
            <th scope="col" className="px-3 py-2">{t('member.gender')}</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">{t('member.birthDate')}</th>
            <th scope="col" className="hidden px-3 py-2 md:table-cell">{t('member.jobTitle')}</th>
            <th scope="col" className="hidden px-3 py-2 md:table-cell">{t('member.cardNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-t border-slate-100">
              <td className="px-3 py-2 font-medium">{m.fullName}</td>
              <td className="px-3 py-2">{t(`member.genderOption.${m.gender}`)}</td>
              <td className="hidden px-3 py-2 tabular-nums sm:table-cell">{formatDate(m.birthDate)}</td>
              <td className="hidden px-3 py-2 md:table-cell">{m.jobTitle}</td>
              <td className="hidden px-3 py-2 tabular-nums md:table-cell">{m.cardNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
