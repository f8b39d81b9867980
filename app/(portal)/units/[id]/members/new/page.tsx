import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getParentChain, getUnit } from '@/lib/units/data';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { RegisterMemberForm } from '@/components/members/register-member-form';
import { listEthnicities } from '@/lib/members/data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units'))('registerMember') };
}

/** Only someone who may register members in this grassroots union sees the form; others get not-found. */
export default async function RegisterMemberPage({ params }: PageProps<'/units/[id]/members/new'>) {
  const actor = await getActor();
  const unit = await getUnit(actor, Number((await params).id), 'member.register');
  if (!actor || !unit || unit.kind !== 'grassroots' || unit.status !== 'active') notFound();
  const [t, chain, ethnicities] = await Promise.all([getTranslations('member'), getParentChain(actor, unit), listEthnicities()]);
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: unit.id, name: unit.name, shortName: unit.shortName, isInScope: true }]} current={t('submit')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('registerTitle', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('registerIntro')}</p>
      <RegisterMemberForm unitId={unit.id} ethnicities={ethnicities} />
    </>
  );
}
