import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { listAwardTypes, mayManageAwardTypes } from '@/lib/awards/data';
import { AwardTypeForm } from '@/components/awards/award-type-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('awardTypes'))('title') };
}

/** National reference data: only an admin of a top unit sees this page at all. */
export default async function AwardTypesPage() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (!(await mayManageAwardTypes(actor))) notFound();
  const [t, types] = await Promise.all([getTranslations('awardTypes'), listAwardTypes()]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-6 text-slate-600">{t('intro')}</p>
      <ul className="mb-8 flex flex-col gap-2">
        {types.map((type) => (
          <li key={type.id} className="rounded-lg border border-slate-200 bg-white">
            <details>
              <summary className="cursor-pointer px-4 py-3">
                <span className="font-semibold">{type.name}</span>{' '}
                <span className="text-sm text-slate-600">
                  ({type.code} · {t(`recipients.${type.recipient}`)}){type.isActive ? '' : ` · ${t('retired')}`}
                </span>
              </summary>
              <div className="border-t border-slate-100 p-4">
                <AwardTypeForm type={{ id: type.id, version: type.version, code: type.code, name: type.name, recipient: type.recipient, issuingLevel: type.issuingLevel, note: type.note, isActive: type.isActive }} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-type" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-type" className="mb-3 text-lg font-semibold">
          {t('new')}
        </h2>
        <AwardTypeForm />
      </section>
    </>
  );
}
