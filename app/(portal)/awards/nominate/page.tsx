import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getUnit } from '@/lib/units/data';
import { listAwardTypes } from '@/lib/awards/data';
import { readAwardParams } from '@/lib/awards/page-params';
import { todayInVietnam } from '@/lib/i18n/dates';
import { NominateForm } from '@/components/awards/nominate-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('awards'))('nominate') };
}

export default async function NominatePage({ searchParams }: PageProps<'/awards/nominate'>) {
  const actor = await getActor();
  const { unitId } = readAwardParams(await searchParams);
  const unit = unitId ? await getUnit(actor, unitId, 'award.nominate') : null;
  if (!unit) notFound();
  const [t, types] = await Promise.all([getTranslations('awards.nominateForm'), listAwardTypes({ activeOnly: true })]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('title', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('intro')}</p>
      <NominateForm unitId={unit.id} awardTypes={types.map((type) => ({ id: type.id, name: type.name }))} defaultYear={todayInVietnam().getUTCFullYear()} />
    </>
  );
}
