import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getParentChain, getSubtreeTotals, getUnit, getUnitProfile, listManagedUnitsOfKinds } from '@/lib/units/data';
import { ClosedUnitNotice } from '@/components/units/closed-unit-notice';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { MergeUnionForm } from '@/components/units/merge-union-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.merge'))('title') };
}

/** An active grassroots union the actor manages; the survivors, the other grassroots unions they manage. */
export default async function MergeUnionPage({ params }: PageProps<'/units/[id]/merge'>) {
  const actor = await getActor();
  const unit = await getUnit(actor, Number((await params).id), 'unit.manage');
  if (!actor || !unit || unit.kind !== 'grassroots') notFound();
  // Once closed (by this form, or by someone else meanwhile) the page says so instead of the form.
  if (unit.status !== 'active') {
    const closing = await getUnitProfile(unit.id);
    return <ClosedUnitNotice unitId={unit.id} status={unit.status} closing={closing} live />;
  }
  const [t, chain, totals, survivors] = await Promise.all([
    getTranslations('units.merge'), getParentChain(actor, unit), getSubtreeTotals(unit), listManagedUnitsOfKinds(actor, ['grassroots']),
  ]);
  const others = survivors.filter((other) => other.id !== unit.id);
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: unit.id, name: unit.name, shortName: unit.shortName, isInScope: true }]} current={t('title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('heading', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('intro', { count: totals.activeMembers })}</p>
      {others.length === 0 ? <p className="text-slate-600">{t('noTargets')}</p> : <MergeUnionForm unitId={unit.id} survivors={others} />}
    </>
  );
}
