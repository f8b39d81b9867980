import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { canAnywhere } from '@/lib/auth/policy';
import { listImports } from '@/lib/members/data';
import { DataTable } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('memberImport'))('historyTitle') };
}

/** Imports the reader made, or that wrote into a union of their scope: who, when, which file, what it did. */
export default async function ImportHistoryPage() {
  const actor = await getActor();
  if (!actor || !canAnywhere(actor, 'member.view')) notFound();
  const [t, imports] = await Promise.all([getTranslations('memberImport'), listImports(actor)]);
  return (
    <>
      <h1 id="history-heading" className="mb-4 text-2xl font-semibold">{t('historyTitle')}</h1>
      {canAnywhere(actor, 'member.register') ? (
        <p className="mb-4 text-sm"><Link href="/members/import" className="font-semibold underline">{t('title')}</Link></p>
      ) : null}
      {imports.length === 0 ? (
        <p className="text-slate-600">{t('historyEmpty')}</p>
      ) : (
        <DataTable
          labelledBy="history-heading"
          columns={[
            { label: t('colWhen') }, { label: t('colWho') }, { label: t('colFile') }, { label: t('colRows'), className: 'text-right' },
            { label: t('colAdded'), className: 'text-right' }, { label: t('colRejoined'), className: 'text-right hidden sm:table-cell' },
            { label: t('colUnchanged'), className: 'text-right hidden sm:table-cell' }, { label: t('colUnits'), className: 'text-right hidden sm:table-cell' },
          ]}
        >
          {imports.map((i) => (
            <tr key={i.id} className="border-t border-slate-100">
              <td className="px-3 py-2 tabular-nums">{i.createdAt.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}</td>
              <td className="px-3 py-2">{i.actorName}</td>
              <td className="px-3 py-2 break-all">{i.fileName}</td>
              <td className="px-3 py-2 text-right tabular-nums">{i.rowCount.toLocaleString('vi-VN')}</td>
              <td className="px-3 py-2 text-right tabular-nums">{i.added.toLocaleString('vi-VN')}</td>
              <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{i.rejoined.toLocaleString('vi-VN')}</td>
              <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{i.unchanged.toLocaleString('vi-VN')}</td>
              <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{i.unitCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
