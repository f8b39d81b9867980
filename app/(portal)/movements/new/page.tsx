import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getUnit } from '@/lib/units/data';
import { readAwardParams } from '@/lib/awards/page-params';
import { LaunchMovementForm } from '@/components/movements/launch-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('movements'))('launch') };
}

export default async function LaunchMovementPage({ searchParams }: PageProps<'/movements/new'>) {
  const actor = await getActor();
  const { unitId } = readAwardParams(await searchParams);
  const unit = unitId ? await getUnit(actor, unitId, 'movement.manage') : null;
  if (!unit || unit.kind === 'grassroots' || unit.kind === 'group') notFound();
  const t = await getTranslations('movements.launchForm');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('title', { unit: unit.name })}</h1>
      <LaunchMovementForm unitId={unit.id} />
    </>
  );
}
