import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getParentChain, getUnit } from '@/lib/units/data';
import { listWardEmployers } from '@/lib/employers/data';
import { MIN_APPLICATIONS } from '@/lib/employers/schema';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { EmployersTable } from '@/components/units/employers-table';
import { EmployerForm } from '@/components/units/employer-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.employers'))('title') };
}

/** A ward union's list of employers without a union; those who manage the ward add and edit. */
export default async function WardEmployersPage({ params }: PageProps<'/units/[id]/employers'>) {
  const actor = await getActor();
  const ward = await getUnit(actor, Number((await params).id));
  if (!actor || !ward || ward.kind !== 'ward_union') notFound();
  const [t, chain, rows] = await Promise.all([getTranslations('units.employers'), getParentChain(actor, ward), listWardEmployers(ward.id)]);
  const mayManage = ward.status === 'active' && can(actor, 'unit.manage', ward);
  const open = rows.filter((row) => row.status !== 'established');
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: ward.id, name: ward.name, shortName: ward.shortName, isInScope: true }]} current={t('title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('heading', { unit: ward.name })}</h1>
      <p className="mb-2 text-sm text-slate-600">{t('intro')}</p>
      <p className="mb-6 text-sm font-semibold" data-testid="employers-summary">
        {t('summary', {
          total: rows.length,
          mobilising: open.filter((row) => row.status === 'mobilising').length,
          ready: open.filter((row) => row.applicationsReceived >= MIN_APPLICATIONS).length,
        })}
      </p>
      <section aria-labelledby="employers-title" className="mb-8">
        <h2 id="employers-title" className="sr-only">{t('title')}</h2>
        <EmployersTable wardId={ward.id} rows={rows} mayManage={mayManage} captionId="employers-title" />
      </section>
      {mayManage ? (
        <section aria-labelledby="add-employer-title">
          <h2 id="add-employer-title" className="mb-3 text-lg font-semibold">{t('add')}</h2>
          <EmployerForm wardUnitId={ward.id} />
        </section>
      ) : null}
    </>
  );
}
