import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { todayInVietnam } from '@/lib/i18n/dates';
import { listScopeRootUnits, listUnits } from '@/lib/units/data';
import { parseUnitListFilter, unitListQuery } from '@/lib/units/schema';
import { UnitListFilters } from '@/components/units/unit-list-filters';
import { UnitsListTable } from '@/components/units/units-list-table';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units'))('title') };
}

/**
 * The units in the actor's scope as a filtered, keyset-paged list. The scope roots stay one click
 * away at the top: their pages show the tree level by level.
 */
export default async function UnitsPage({ searchParams }: PageProps<'/units'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const filter = parseUnitListFilter(await searchParams);
  const today = todayInVietnam();
  const [t, roots, page] = await Promise.all([getTranslations('units'), listScopeRootUnits(actor), listUnits(actor, filter, today)]);
  const query = unitListQuery(filter);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      {roots.length > 0 ? (
        <p className="mb-4 text-sm" data-testid="scope-roots">
          <span className="text-slate-600">{t('list.scope')} </span>
          {roots.map((unit, index) => (
            <span key={unit.id}>
              {index > 0 ? ' · ' : null}
              <Link href={`/units/${unit.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {unit.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <UnitListFilters filter={filter} />
      <section aria-labelledby="results-title">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="results-title" className="text-lg font-semibold">{t('list.results')}</h2>
          {/* A plain link: the route handler checks the session and scope itself and streams the file. */}
          <ButtonLink href={`/units/export${query ? `?${query}` : ''}`} variant="secondary" prefetch={false}>
            {t('list.export')}
          </ButtonLink>
        </div>
        {page.rows.length === 0 ? (
          <p className="text-slate-600">{t('list.empty')}</p>
        ) : (
          <>
            <UnitsListTable rows={page.rows} captionId="results-title" today={today} />
            <div className="mt-3 flex gap-4 text-sm">
              {filter.after ? <Link href={`/units${query ? `?${query}` : ''}`} className="text-brand-700 hover:underline">{t('firstPage')}</Link> : null}
              {page.next ? (
                <Link href={`/units?${unitListQuery(filter, { after: page.next })}`} className="text-brand-700 hover:underline">
                  {t('nextPage')}
                </Link>
              ) : null}
            </div>
          </>
        )}
      </section>
    </>
  );
}
