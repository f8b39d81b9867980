import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { canAnywhere } from '@/lib/auth/policy';
import { IMPORT_COLUMNS } from '@/lib/members/import-rows';
import { ImportMembers } from '@/components/members/import-members';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('memberImport'))('title') };
}

/** Importing members from an .xlsx or .csv file: template, check, import, history. */
export default async function ImportMembersPage() {
  const actor = await getActor();
  if (!actor || !canAnywhere(actor, 'member.register')) notFound();
  const t = await getTranslations('memberImport');
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <div className="mb-6 flex max-w-3xl flex-col gap-2 text-sm text-slate-700">
        <p>{t('intro')}</p>
        <p>{t('required', { columns: IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header).join(', ') })}</p>
        <p className="flex flex-wrap gap-4">
          {/* A plain link: the template is a download, not a page. */}
          <a href="/members/import/template" className="font-semibold text-brand-800 underline" download>{t('template')}</a>
          <Link href="/members/import/history" className="font-semibold text-brand-800 underline">{t('historyLink')}</Link>
        </p>
      </div>
      <ImportMembers />
    </>
  );
}
