import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { formatDate, todayInVietnam } from '@/lib/i18n/dates';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { resolvePageUnit } from '@/lib/units/data';
import { listTargets, sharesOf } from '@/lib/targets/data';
import { METRICS } from '@/lib/targets/metrics';
import { readYear } from '@/lib/targets/schema';
import { formatMetricValue, formatTarget } from '@/components/dashboard/format-value';
import { YearPicker, selectableYears } from '@/components/dashboard/year-picker';
import { TargetForm } from '@/components/targets/target-form';
import { UnitPicker } from '@/components/targets/unit-picker';
import { DataTable } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('targets'))('title') };
}

/** A unit's targets for a year: what is set, its denominator, how it is split, and the forms. */
export default async function TargetsPage({ searchParams }: PageProps<'/targets'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const query = await searchParams;
  const page = await resolvePageUnit(actor, Number(query.unit) || undefined);
  if (!page) notFound();
  const { unit, choices } = page;
  const today = todayInVietnam();
  const year = readYear(query.year, today.getUTCFullYear());
  const [t, locale, targets] = await Promise.all([getTranslations('targets'), getLocale() as Promise<Locale>, listTargets(unit.id, year)]);
  const shares = await sharesOf(targets.filter((target) => METRICS[target.metric].cascades).map((target) => target.id));
  const canManage = can(actor, 'target.manage', unit);
  const canReport = can(actor, 'target.reportManual', unit);
  const backHref = `/targets?unit=${unit.id}&year=${year}`;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t('intro')}</p>
      <div className="mb-6 flex flex-wrap items-end gap-4">
        <UnitPicker choices={choices} unitId={unit.id} year={year} label={t('unit')} submit={t('show')} />
        <YearPicker action="/targets" year={year} years={selectableYears(today, year)} label={t('year')} submit={t('show')} hidden={{ unit: String(unit.id) }} />
        <Link href={`/dashboard/${unit.id}?year=${year}`} className="pb-2 text-brand-700 underline">{t('dashboardLink')}</Link>
      </div>
      <h2 id="targets-of-unit" className="mb-2 text-lg font-semibold">{unit.name} · {year}</h2>
      {targets.length === 0 ? (
        <p className="mb-6 text-slate-700">{t('empty')}</p>
      ) : (
        <div className="mb-8" data-testid="target-list">
          <DataTable labelledBy="targets-of-unit" columns={[t('metric'), t('target'), t('cascade'), t('actions')].map((label) => ({ label }))}>
              {targets.map((target) => {
                const split = shares.get(target.id);
                const gap = split ? target.valueMin - split.sum : 0;
                return (
                  <tr key={target.id} className="border-t border-slate-200 align-top" data-metric={target.metric}>
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      <span className="font-semibold">{target.metric === 'manual' ? target.label : t(`metrics.${target.metric}`)}</span>
                      <span className="block text-xs text-slate-600">{t(`shapes.${target.shape}`)} · {target.denominatorNote ?? t(`denominators.${target.metric}`)}</span>
                      {target.metric === 'manual' && target.manualActual !== null ? (
                        <span className="block text-xs text-slate-700">
                          {t('manualActual', { value: formatMetricValue('manual', target.shape, target.manualActual, locale), date: formatDate(target.manualUpdatedOn) })}
                          {target.evidenceNote ? ` · ${t('evidence')}: ${target.evidenceNote}` : ''}
                        </span>
                      ) : null}
                    </th>
                    <td className="px-3 py-2 whitespace-nowrap">{formatTarget(target.metric, target.shape, target.valueMin, target.valueMax, locale)}</td>
                    <td className="px-3 py-2" data-testid="cascade-note">
                      {target.parentValue !== null ? <span className="block text-xs">{t('shareOfParent', { total: formatNumber(target.parentValue, locale) })}</span> : null}
                      {split ? (
                        <span className={gap === 0 ? 'text-green-800' : 'font-semibold text-amber-800'}>
                          {gap === 0
                            ? t('sharesAddUp', { sum: formatNumber(split.sum, locale), total: formatNumber(target.valueMin, locale), children: split.children })
                            : gap > 0
                              ? t('sharesShort', { sum: formatNumber(split.sum, locale), total: formatNumber(target.valueMin, locale), gap: formatNumber(gap, locale) })
                              : t('sharesOver', { sum: formatNumber(split.sum, locale), total: formatNumber(target.valueMin, locale) })}
                        </span>
                      ) : null}
                    </td>
                    <td className="px-3 py-2">
                      <span className="flex flex-wrap gap-x-3 gap-y-1">
                        {canManage ? <Link href={`/targets/${target.id}/edit`} className="text-brand-700 underline">{t('edit')}</Link> : null}
                        {canManage && METRICS[target.metric].cascades ? <Link href={`/targets/${target.id}/split`} className="text-brand-700 underline">{t('split')}</Link> : null}
                        {canReport && target.metric === 'manual' ? <Link href={`/targets/${target.id}/report`} className="text-brand-700 underline">{t('report')}</Link> : null}
                      </span>
                    </td>
                  </tr>
                );
              })}
          </DataTable>
        </div>
      )}
      {canManage ? (
        <section aria-labelledby="add-target">
          <h2 id="add-target" className="mb-2 text-lg font-semibold">{t('addTitle')}</h2>
          <TargetForm unitId={unit.id} year={year} taken={targets.map((target) => target.metric)} backHref={backHref} />
        </section>
      ) : null}
    </>
  );
}
