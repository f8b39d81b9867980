import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { listChildrenWithCounts, listScopeRootUnits } from '@/lib/units/data';
import { ChildrenTable } from '@/components/units/children-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units'))('title') };
}

/** The units the actor holds roles on, each with the units directly under it. */
export default async function UnitsPage() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const [t, roots] = await Promise.all([getTranslations(), listScopeRootUnits(actor)]);
  const children = await Promise.all(roots.map((unit) => listChildrenWithCounts(unit.id)));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('units.title')}</h1>
      {roots.length === 0 ? <p>{t('dashboard.empty')}</p> : null}
      {roots.map((unit, index) => (
        <section key={unit.id} aria-labelledby={`scope-${unit.id}`} className="mb-8">
          <h2 id={`scope-${unit.id}`} className="mb-3 text-lg font-semibold">
            <Link href={`/units/${unit.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {unit.name}
            </Link>
          </h2>
          <ChildrenTable rows={children[index]} captionId={`scope-${unit.id}`} />
        </section>
      ))}
    </>
  );
}
