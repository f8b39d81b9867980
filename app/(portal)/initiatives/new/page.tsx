import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getUnit } from '@/lib/units/data';
import { readInitiativeParams } from '@/lib/initiatives/page-params';
import { todayInVietnam } from '@/lib/i18n/dates';
import { InitiativeForm } from '@/components/initiatives/initiative-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('initiatives'))('register') };
}

/** Only someone who may register initiatives of this unit sees the form; others get not-found. */
export default async function NewInitiativePage({ searchParams }: PageProps<'/initiatives/new'>) {
  const actor = await getActor();
  const { unitId } = readInitiativeParams(await searchParams);
  const unit = unitId ? await getUnit(actor, unitId, 'initiative.register') : null;
  if (!unit) notFound();
  const t = await getTranslations('initiatives.form');
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('intro')}</p>
      <InitiativeForm unitId={unit.id} defaultYear={todayInVietnam().getUTCFullYear()} />
    </>
  );
}
