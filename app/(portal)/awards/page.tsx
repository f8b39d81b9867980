import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { resolvePageUnit } from '@/lib/units/data';
import { listAwards, listAwardTypes } from '@/lib/awards/data';
import { readAwardParams } from '@/lib/awards/page-params';
import { formatDate, todayInVietnam } from '@/lib/i18n/dates';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { SelectField } from '@/components/ui/field';
import { Button, ButtonLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/table';
import { PrintButton } from '@/components/awards/print-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('awards'))('title') };
}

/** The awards register of a subtree, which prints as the honour roll (A4, see globals.css). */
export default async function AwardsPage({ searchParams }: PageProps<'/awards'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const params = readAwardParams(await searchParams);
  const scoped = await resolvePageUnit(actor, params.unitId);
  if (!scoped) notFound();
  const { unit, choices } = scoped;
  const [t, locale, types, register] = await Promise.all([
    getTranslations('awards'),
    getLocale() as Promise<Locale>,
    listAwardTypes(),
    listAwards({ unitPath: unit.path, year: params.year, awardTypeId: params.awardTypeId, recipientKind: params.recipientKind }),
  ]);
  const thisYear = todayInVietnam().getUTCFullYear();
  const exportQuery = new URLSearchParams(
    Object.entries({ unit: unit.id, year: params.year, type: params.awardTypeId, recipient: params.recipientKind }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );

  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">
            <span className="no-print">{t('title')}</span>
            <span className="hidden print:inline">{t('honourRoll')}</span>
          </h1>
          <p className="text-slate-600">
            {unit.name}
            {params.year ? ` · ${params.year}` : ''}
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          {can(actor, 'award.nominate', unit) ? <ButtonLink href={`/awards/nominate?unit=${unit.id}`}>{t('nominate')}</ButtonLink> : null}
          <ButtonLink href={`/awards/nominations?unit=${unit.id}`} variant="secondary">
            {t('nominations')}
          </ButtonLink>
          <ButtonLink href={`/awards/export?${exportQuery}`} variant="secondary" prefetch={false}>
            {t('export.link')}
          </ButtonLink>
          <PrintButton label={t('print')} />
        </div>
      </div>
      <form method="get" className="no-print mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField name="unit" label={t('unit')} defaultValue={String(unit.id)} options={choices.map((u) => ({ value: String(u.id), label: u.name }))} />
        <SelectField name="year" label={t('year')} placeholder={t('allYears')} defaultValue={params.year ? String(params.year) : ''} options={Array.from({ length: 12 }, (_, i) => ({ value: String(thisYear - i), label: String(thisYear - i) }))} />
        <SelectField name="type" label={t('type')} placeholder={t('allTypes')} defaultValue={params.awardTypeId ? String(params.awardTypeId) : ''} options={types.map((type) => ({ value: String(type.id), label: type.name }))} />
        <SelectField name="recipient" label={t('recipientKind')} placeholder={t('allRecipients')} defaultValue={params.recipientKind ?? ''} options={(['unit', 'member'] as const).map((k) => ({ value: k, label: t(`recipientKinds.${k}`) }))} />
        <div className="flex items-end">
          <Button type="submit" variant="secondary" className="w-full">
            {t('apply')}
          </Button>
        </div>
      </form>
      <p className="mb-4 text-lg font-semibold" data-testid="award-counts">
        {t('counts', { collectives: formatNumber(register.collectives, locale), individuals: formatNumber(register.individuals, locale) })}
      </p>
      <h2 id="awards-title" className="sr-only">
        {t('title')}
      </h2>
      {register.awards.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable
          labelledBy="awards-title"
          columns={[
            { label: t('columns.recipient') },
            { label: t('columns.type') },
            { label: t('columns.unit'), className: 'hidden md:table-cell print:table-cell' },
            { label: t('columns.decision'), className: 'hidden sm:table-cell print:table-cell' },
          ]}
        >
          {register.awards.map((award) => (
            <tr key={award.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <span className="font-medium">{award.recipientName}</span>
                <span className="block text-xs text-slate-500">{t(`recipientKinds.${award.recipientKind}`)}</span>
              </td>
              <td className="px-3 py-2">{award.awardTypeName}</td>
              <td className="hidden px-3 py-2 md:table-cell print:table-cell">{award.unitName}</td>
              <td className="hidden px-3 py-2 sm:table-cell print:table-cell">
                {t('decisionLine', { number: award.decisionNumber, date: formatDate(award.signedOn) })}
                <span className="block text-xs text-slate-500">{award.issuingUnitName}</span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
