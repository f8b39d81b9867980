import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { resolvePageUnit } from '@/lib/units/data';
import { initiativeTotals, listInitiatives } from '@/lib/initiatives/data';
import { readInitiativeParams } from '@/lib/initiatives/page-params';
import { INITIATIVE_KINDS } from '@/lib/initiatives/schema';
import { todayInVietnam } from '@/lib/i18n/dates';
import { formatNumber, formatVnd, type Locale } from '@/lib/i18n/format';
import { InitiativeFilters } from '@/components/initiatives/initiative-filters';
import { DataTable } from '@/components/ui/table';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('initiatives'))('title') };
}

export default async function InitiativesPage({ searchParams }: PageProps<'/initiatives'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const params = readInitiativeParams(await searchParams);
  const scoped = await resolvePageUnit(actor, params.unitId);
  if (!scoped) notFound();
  const { unit, choices } = scoped;

  const filter = { unitPath: unit.path, year: params.year, kind: params.kind, status: params.status };
  const [t, locale, totals, page] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<Locale>,
    initiativeTotals(filter),
    listInitiatives(filter, params.before),
  ]);
  const thisYear = todayInVietnam().getUTCFullYear();
  const years = Array.from({ length: 12 }, (_, i) => thisYear - i);
  const query = (extra: Record<string, string | number | undefined>, path = '/initiatives') => {
    const entries = Object.entries({ unit: unit.id, year: params.year, kind: params.kind, status: params.status, ...extra }).filter(([, v]) => v !== undefined);
    return `${path}?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
  };

  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('initiatives.title')}</h1>
          <p className="text-slate-600">{t('initiatives.intro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(actor, 'initiative.register', unit) ? <ButtonLink href={`/initiatives/new?unit=${unit.id}`}>{t('initiatives.register')}</ButtonLink> : null}
          <ButtonLink href={query({}, '/initiatives/export')} variant="secondary" prefetch={false}>
            {t('initiatives.export.link')}
          </ButtonLink>
        </div>
      </div>
      <InitiativeFilters units={choices} selected={{ ...params, unitId: unit.id }} years={years} />

      <section aria-labelledby="totals-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="totals-title" className="font-semibold">
          {t('initiatives.totalsTitle')}: {unit.name}
          {params.year ? ` · ${params.year}` : ''}
        </h2>
        <p data-testid="initiative-totals" className="text-lg">
          {t('initiatives.totals', { count: formatNumber(totals.count, locale), value: formatVnd(totals.valueVnd, locale) })}
        </p>
        <ul className="mt-2 grid gap-1 text-sm text-slate-700 sm:grid-cols-2">
          {INITIATIVE_KINDS.map((kind) => (
            <li key={kind}>
              {t(`initiatives.kinds.${kind}`)}: {formatNumber(totals.byKind[kind]?.count ?? 0, locale)} · {formatVnd(totals.byKind[kind]?.valueVnd ?? 0n, locale)}
            </li>
          ))}
        </ul>
      </section>

      <h2 id="list-title" className="sr-only">
        {t('initiatives.title')}
      </h2>
      {page.initiatives.length === 0 ? (
        <p className="text-slate-600">{t('initiatives.empty')}</p>
      ) : (
        <DataTable
          labelledBy="list-title"
          columns={[
            { label: t('initiatives.columns.title') },
            { label: t('initiatives.columns.unit'), className: 'hidden md:table-cell' },
            { label: t('initiatives.columns.authors'), className: 'hidden sm:table-cell' },
            { label: t('initiatives.columns.value'), className: 'text-right' },
            { label: t('initiatives.columns.status') },
          ]}
        >
          {page.initiatives.map((row) => (
            <tr key={row.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <span className="font-medium">{row.title}</span>
                <span className="block text-xs text-slate-500">
                  {t(`initiatives.kinds.${row.kind}`)} · {row.year}
                  {row.field ? ` · ${row.field}` : ''}
                </span>
              </td>
              <td className="hidden px-3 py-2 md:table-cell">{row.unitName}</td>
              <td className="hidden px-3 py-2 sm:table-cell">{row.authorNames.join(', ')}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatVnd(row.valueVnd, locale)}</td>
              <td className="px-3 py-2">
                {t(`initiatives.statuses.${row.status}`)}
                {row.recognitionLevel ? <span className="block text-xs text-slate-500">{t(`initiatives.levels.${row.recognitionLevel}`)}</span> : null}
                {can(actor, 'initiative.recognise', { path: unit.path }) ? (
                  <Link href={`/initiatives/${row.id}/recognise`} className="block text-xs text-brand-700 underline">
                    {t('initiatives.recognise')}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="mt-3 flex gap-4 text-sm">
        {params.before ? <Link href={query({})} className="text-brand-700 hover:underline">{t('initiatives.firstPage')}</Link> : null}
        {page.nextBeforeId ? <Link href={query({ before: page.nextBeforeId })} className="text-brand-700 hover:underline">{t('initiatives.morePages')}</Link> : null}
      </div>
    </>
  );
}
