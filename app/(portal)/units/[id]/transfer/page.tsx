import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getParentChain, getUnit, listActiveChildren, searchManagedUnits } from '@/lib/units/data';
import type { UnitKind } from '@/lib/generated/prisma/client';
import { PARENT_KINDS, PICKER_SEARCH_FORM, movedKindFrom, parsePickerSearch } from '@/lib/units/schema';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { TransferUnitsForm } from '@/components/units/transfer-units-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.transfer'))('title') };
}

/**
 * The source is a unit the actor manages: a ward union or federation moves its grassroots unions, a
 * grassroots union moves its groups. The targets are units of the kind the moved ones may sit under
 * (the kind rule), inside what the actor manages, found by the picker's search (`?q=`), never listed whole.
 */
export default async function TransferUnitsPage({ params, searchParams }: PageProps<'/units/[id]/transfer'>) {
  const actor = await getActor();
  const source = await getUnit(actor, Number((await params).id), 'unit.manage');
  const moved = source ? movedKindFrom(source.kind) : null;
  if (!actor || !source || !moved) notFound();
  const kinds = PARENT_KINDS[moved] as UnitKind[];
  const search = parsePickerSearch(await searchParams);
  const [t, chain, units, targets, anyTarget] = await Promise.all([
    getTranslations('units.transfer'),
    getParentChain(actor, source),
    listActiveChildren(source.id, moved),
    searchManagedUnits(actor, { kinds, exclude: [source.id], ...search }),
    searchManagedUnits(actor, { kinds, exclude: [source.id] }, 1),
  ]);
  const groups = moved === 'group';
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: source.id, name: source.name, shortName: source.shortName, isInScope: true }]} current={t(groups ? 'groupsTitle' : 'title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t(groups ? 'groupsHeading' : 'heading', { unit: source.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t(groups ? 'groupsIntro' : 'intro')}</p>
      {units.length === 0 ? (
        <p className="text-slate-600">{t(groups ? 'groupsNone' : 'none')}</p>
      ) : anyTarget.rows.length === 0 ? (
        <p className="text-slate-600">{t(groups ? 'groupsNoTargets' : 'noTargets')}</p>
      ) : (
        <>
          {/* The picker's plain search posts here by GET (its box and button point at this form). */}
          <form id={PICKER_SEARCH_FORM} method="get" />
          <TransferUnitsForm moved={moved} units={units} targetKinds={kinds} sourceId={source.id} targets={targets} q={search.q} />
        </>
      )}
    </>
  );
}
