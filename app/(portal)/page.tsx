import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getSubtreeTotals, listScopeRootUnits } from '@/lib/units/data';
import { UnitTotals } from '@/components/units/unit-totals';

/** The overview of the actor's scope: one card per unit they hold a role on. */
export default async function DashboardPage() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const [t, roots] = await Promise.all([getTranslations(), listScopeRootUnits(actor)]);
  const totals = await Promise.all(roots.map((unit) => getSubtreeTotals(unit)));
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('dashboard.title')}</h1>
      <p className="mb-6 text-slate-600">{t('dashboard.intro')}</p>
      {roots.length === 0 ? (
        <p className="text-slate-700">{t('dashboard.empty')}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {roots.map((unit, index) => (
            <li key={unit.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-xs uppercase tracking-wide text-slate-500">{t(`units.kind.${unit.kind}`)}</p>
              <h2 className="mb-2 text-lg font-semibold">
                <Link href={`/units/${unit.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {unit.name}
                </Link>
              </h2>
              <UnitTotals totals={totals[index]} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
