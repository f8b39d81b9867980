import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { canAnywhere } from '@/lib/auth/policy';
import { findMembers, listSearchUnits, MEMBER_PAGE_SIZE, MEMBER_TOTAL_CAP } from '@/lib/members/data';
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
  // The same page, counted.
  const countQuery = new URLSearchParams(query);
  if (search.after) countQuery.set('after', search.after);
  countQuery.set('count', '1');
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {canAnywhere(actor, 'member.register') ? <ButtonLink href="/members/import" variant="secondary">{tImport('link')}</ButtonLink> : null}
      </div>
      <MemberSearchForm values={filters} units={units} />
      <div className="mb-2 mt-6 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite" data-testid="result-count">
          {result.total === null
            ? t('foundPage', { count: MEMBER_PAGE_SIZE })
            : result.totalCapped ? t('foundMore', { count: result.total }) : t('found', { count: result.total })}
        </h2>
        {/* Counting a national search costs hundreds of times the page: only when asked. */}
        {result.total === null ? (
          <a href={`/members?${countQuery.toString()}`} className="font-semibold underline" data-testid="count-all">
            {t('countAll', { cap: MEMBER_TOTAL_CAP })}
          </a>
        ) : null}
      </div>
      <MemberResults members={result.members} captionId="results-heading" />
      {result.next ? (
        <p className="mt-4">
          <a href={`/members?${query.toString()}${query.size ? '&' : ''}after=${result.next}`} className="font-semibold underline">
            {t('nextPage')}
          </a>
        </p>
      ) : null}
      {result.members.length > 0 ? <MemberExportForm filters={filters} maySeeSensitive={canAnywhere(actor, 'member.viewSensitive')} /> : null}
    </>
  );
}
