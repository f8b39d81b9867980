import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getUnionForClosing } from '@/lib/units/data';
import { PICKER_SEARCH_FORM, parsePickerSearch } from '@/lib/units/schema';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { ClosedUnitNotice } from '@/components/units/closed-unit-notice';
import { DissolveUnionForm } from '@/components/units/dissolve-union-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.dissolve'))('title') };
}

/** An active grassroots union the actor manages; members may go to another grassroots union they manage. */
export default async function DissolveUnionPage({ params, searchParams }: PageProps<'/units/[id]/dissolve'>) {
  const search = parsePickerSearch(await searchParams);
  const found = await getUnionForClosing(await getActor(), Number((await params).id), search);
  if (!found) notFound();
  const { unit, chain, closing, activeMembers, others } = found;
  if (closing) return <ClosedUnitNotice unitId={unit.id} status={unit.status} closing={closing} live />;
  const t = await getTranslations('units.dissolve');
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: unit.id, name: unit.name, shortName: unit.shortName, isInScope: true }]} current={t('title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('heading', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('intro')}</p>
      {/* The picker's plain search posts here by GET (its box and button point at this form). */}
      <form id={PICKER_SEARCH_FORM} method="get" />
      <DissolveUnionForm unitId={unit.id} activeMembers={activeMembers} survivors={others} q={search.q} />
    </>
  );
}
