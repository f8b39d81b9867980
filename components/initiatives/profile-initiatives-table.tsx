// Initiatives of one member or one union as a table: title and kind, year, value, status.
import { getLocale, getTranslations } from 'next-intl/server';
import type { InitiativeKind, InitiativeStatus, RecognitionLevel } from '@/lib/generated/prisma/client';
import { formatVnd, type Locale } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/table';

export interface ProfileInitiative {
  id: number;
  title: string;
  kind: InitiativeKind;
  year: number;
  valueVnd: bigint;
  status: InitiativeStatus;
  recognitionLevel: RecognitionLevel | null;
}

export async function ProfileInitiativesTable({ initiatives, labelledBy }: { initiatives: ProfileInitiative[]; labelledBy: string }) {
  const [t, locale] = await Promise.all([getTranslations('initiatives'), getLocale() as Promise<Locale>]);
  return (
    <DataTable
      labelledBy={labelledBy}
      columns={[{ label: t('columns.title') }, { label: t('year'), className: 'hidden sm:table-cell' }, { label: t('columns.value'), className: 'text-right' }, { label: t('columns.status') }]}
    >
      {initiatives.map((row) => (
        <tr key={row.id} className="border-t border-slate-100 align-top" data-testid="profile-initiative">
          <td className="px-3 py-2">
            <span className="font-medium">{row.title}</span>
            <span className="block text-xs text-slate-500">{t(`kinds.${row.kind}`)}</span>
          </td>
          <td className="hidden px-3 py-2 tabular-nums sm:table-cell">{row.year}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatVnd(row.valueVnd, locale)}</td>
          <td className="px-3 py-2">
            {t(`statuses.${row.status}`)}
            {row.recognitionLevel ? <span className="block text-xs text-slate-500">{t(`levels.${row.recognitionLevel}`)}</span> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
