import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { resolvePageUnit } from '@/lib/units/data';
import { listMovementsAbove } from '@/lib/movements/data';
import { readAwardParams } from '@/lib/awards/page-params';
import { formatDate } from '@/lib/i18n/dates';
import { SelectField } from '@/components/ui/field';
import { Button, ButtonLink } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('movements'))('title') };
}

const LAUNCHING_KINDS = new Set(['confederation', 'federation', 'ward_union']);

export default async function MovementsPage({ searchParams }: PageProps<'/movements'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const scoped = await resolvePageUnit(actor, readAwardParams(await searchParams).unitId);
  if (!scoped) notFound();
  const { unit, choices } = scoped;
  const [t, movements] = await Promise.all([getTranslations('movements'), listMovementsAbove(unit)]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-slate-600">{t('intro')}</p>
        </div>
        {LAUNCHING_KINDS.has(unit.kind) && can(actor, 'movement.manage', unit) ? <ButtonLink href={`/movements/new?unit=${unit.id}`}>{t('launch')}</ButtonLink> : null}
      </div>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="min-w-64 flex-1">
          <SelectField name="unit" label={t('unit')} defaultValue={String(unit.id)} options={choices.map((u) => ({ value: String(u.id), label: u.name }))} />
        </div>
        <Button type="submit" variant="secondary">
          {t('apply')}
        </Button>
      </form>
      {movements.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {movements.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/movements/${m.id}?unit=${unit.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {m.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {t(`kinds.${m.kind}`)} · {t('period', { from: formatDate(m.startsOn), to: formatDate(m.endsOn) })}
              </p>
              <p className="text-sm text-slate-600">{t('launchedBy', { unit: m.unitName })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
