import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { canAnywhere } from '@/lib/auth/policy';
import { findMembers, listSearchUnits } from '@/lib/members/data';
import { searchMembersSchema } from '@/lib/members/schema';
import { MemberSearchForm } from '@/components/members/member-search-form';
import { MemberResults } from '@/components/members/member-results';
import { ButtonLink } from '@/components/ui/button';
import { MemberExportForm } from '@/components/members/member-export-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('memberSearch'))('title') };
}

/**
 * Finding members in one's scope. A GET form, so a search is a link that can be shared, bookmarked
 * and paged with the browser's back button; every filter is re-checked against the scope here.
 */
export default async function MembersPage({ searchParams }: PageProps<'/members'>) {
  const actor = await getActor();
  if (!actor || !canAnywhere(actor, 'member.view')) notFound();
  const search = searchMembersSchema.parse(await searchParams);
  const [t, tImport, units, result] = await Promise.all([getTranslations('memberSearch'), getTranslations('memberImport'), listSearchUnits(actor), findMembers(actor, search)]);
  const { after: _after, ...filters } = search;
  void _after;
  const query = new URLSearchParams(Object.entries(filters).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {canAnywhere(actor, 'member.register') ? <ButtonLink href="/members/import" variant="secondary">{tImport('link')}</ButtonLink> : null}
      </div>
      <MemberSearchForm values={filters} units={units} />
      <h2 id="results-heading" className="mb-2 mt-6 text-lg font-semibold" aria-live="polite" data-testid="result-count">
        {result.totalCapped ? t('foundMore', { count: result.total }) : t('found', { count: result.total })}
      </h2>
      <MemberResults members={result.members} captionId="results-heading" />
      {result.next ? (
        <p className="mt-4">
          <a href={`/members?${query.toString()}${query.size ? '&' : ''}after=${result.next}`} className="font-semibold underline">
            {t('nextPage')}
          </a>
        </p>
      ) : null}
      {result.total > 0 ? <MemberExportForm filters={filters} maySeeSensitive={canAnywhere(actor, 'member.viewSensitive')} /> : null}
    </>
  );
}
