import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getParentChain, getUnit, suggestChildCode } from '@/lib/units/data';
import { GRASSROOTS_PARENT_KINDS } from '@/lib/units/schema';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { EstablishUnionForm } from '@/components/units/establish-union-form';
import { getEmployer } from '@/lib/employers/data';
import { cleanName } from '@/lib/text/search-key';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.establish'))('title') };
}

/** Only someone who manages this ward union or federation sees the form; others get not-found. */
export default async function EstablishUnionPage({ params, searchParams }: PageProps<'/units/[id]/establish'>) {
  const actor = await getActor();
  const parent = await getUnit(actor, Number((await params).id), 'unit.manage');
  if (!actor || !parent || !(GRASSROOTS_PARENT_KINDS as readonly string[]).includes(parent.kind) || parent.status !== 'active') notFound();
  const { employer: employerParam } = await searchParams;
  // Establishing from the employers list: the employer must belong to this ward and be still open.
  const employer = typeof employerParam === 'string' ? await getEmployer(actor, Number(employerParam), 'unit.manage') : null;
  const prefill = employer && employer.wardUnitId === parent.id && employer.status !== 'established'
    ? { employerId: employer.id, name: cleanName(`Công đoàn cơ sở ${employer.name}`), employerName: employer.name, applications: employer.applicationsReceived }
    : undefined;
  const [t, chain, suggestedCode] = await Promise.all([getTranslations('units.establish'), getParentChain(actor, parent), suggestChildCode(parent)]);
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: parent.id, name: parent.name, shortName: parent.shortName, isInScope: true }]} current={t('title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('heading', { parent: parent.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('intro')}</p>
      <EstablishUnionForm parentId={parent.id} suggestedCode={suggestedCode} prefill={prefill} />
    </>
  );
}
