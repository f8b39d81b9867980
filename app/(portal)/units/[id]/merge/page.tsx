import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getUnionForClosing } from '@/lib/units/data';
import { PICKER_SEARCH_FORM, parsePickerSearch } from '@/lib/units/schema';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { ClosedUnitNotice } from '@/components/units/closed-unit-notice';
import { MergeUnionForm } from '@/components/units/merge-union-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.merge'))('title') };
}

/** An active grassroots union the actor manages; the survivors, the other grassroots unions they manage. */
export default async function MergeUnionPage({ params, searchParams }: PageProps<'/units/[id]/merge'>) {
  const search = parsePickerSearch(await searchParams);
  const found = await getUnionForClosing(await getActor(), Number((await params).id), search);
  if (!found) notFound();
  const { unit, chain, closing, activeMembers, others, hasOthers } = found;
  // Once closed (by this form, or by someone else meanwhile) the page says so instead of the form.
  if (closing) return <ClosedUnitNotice unitId={unit.id} status={unit.status} closing={closing} live />;
  const t = await getTranslations('units.merge');
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: unit.id, name: unit.name, shortName: unit.shortName, isInScope: true }]} current={t('title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('heading', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('intro', { count: activeMembers })}</p>
      {!hasOthers ? <p className="text-slate-600">{t('noTargets')}</p> : (
        <>
          {/* The picker's plain search posts here by GET (its box and button point at this form). */}
          <form id={PICKER_SEARCH_FORM} method="get" />
          <MergeUnionForm unitId={unit.id} survivors={others} q={search.q} />
        </>
      )}
    </>
  );
}
