import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getParentChain } from '@/lib/units/data';
import { getEmployer } from '@/lib/employers/data';
import { formatDate } from '@/lib/i18n/dates';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { EmployerForm } from '@/components/units/employer-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.employers'))('editTitle') };
}

/** Editing one employer's record: only for someone who manages its ward; an established one links to its union. */
export default async function EditEmployerPage({ params }: PageProps<'/units/[id]/employers/[employerId]'>) {
  const { id, employerId } = await params;
  const actor = await getActor();
  const employer = await getEmployer(actor, Number(employerId), 'unit.manage');
  if (!actor || !employer || employer.wardUnitId !== Number(id)) notFound();
  const [t, chain] = await Promise.all([getTranslations('units.employers'), getParentChain(actor, employer.ward)]);
  const initial = {
    name: employer.name, taxCode: employer.taxCode ?? '', address: employer.address ?? '', workforceTotal: employer.workforceTotal?.toString() ?? '',
    groupFormedOn: formatDate(employer.groupFormedOn), applicationsReceived: String(employer.applicationsReceived),
    foundingConferenceOn: formatDate(employer.foundingConferenceOn), status: employer.status,
  };
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: employer.ward.id, name: employer.ward.name, shortName: null, isInScope: true }]} current={employer.name} />
      <h1 className="mb-4 text-2xl font-semibold">{t('editTitle')}: {employer.name}</h1>
      {employer.establishedUnit ? (
        <p className="mb-4">
          <Link href={`/units/${employer.establishedUnit.id}`} className="text-brand-700 underline">{t('openUnit')}: {employer.establishedUnit.name}</Link>
        </p>
      ) : (
        <EmployerForm employerId={employer.id} version={employer.version} initial={initial} />
      )}
      <p className="mt-6 text-sm">
        <Link href={`/units/${employer.wardUnitId}/employers`} className="text-brand-700 hover:underline">{t('back')}</Link>
      </p>
    </>
  );
}
