import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getParentChain, getUnit, listActiveGrassrootsChildren, listManagedUnitsOfKinds } from '@/lib/units/data';
import { GRASSROOTS_PARENT_KINDS } from '@/lib/units/schema';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { TransferUnitsForm } from '@/components/units/transfer-units-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.transfer'))('title') };
}

/** The source is a ward union or federation the actor manages; the targets, units they manage too. */
export default async function TransferUnitsPage({ params }: PageProps<'/units/[id]/transfer'>) {
  const actor = await getActor();
  const source = await getUnit(actor, Number((await params).id), 'unit.manage');
  if (!actor || !source || !(GRASSROOTS_PARENT_KINDS as readonly string[]).includes(source.kind)) notFound();
  const [t, chain, units, targets] = await Promise.all([
    getTranslations('units.transfer'),
    getParentChain(actor, source),
    listActiveGrassrootsChildren(source.id),
    listManagedUnitsOfKinds(actor, [...GRASSROOTS_PARENT_KINDS]),
  ]);
  const otherTargets = targets.filter((unit) => unit.id !== source.id);
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: source.id, name: source.name, shortName: source.shortName, isInScope: true }]} current={t('title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('heading', { unit: source.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('intro')}</p>
      {units.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : otherTargets.length === 0 ? (
        <p className="text-slate-600">{t('noTargets')}</p>
      ) : (
        <TransferUnitsForm units={units} targets={otherTargets} />
      )}
    </>
  );
}
