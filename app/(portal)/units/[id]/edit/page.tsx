import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { formatDate } from '@/lib/i18n/dates';
import { getParentChain, getUnit, getUnitProfile } from '@/lib/units/data';
import { CHAIR_PROFILE_FIELDS, MANAGER_PROFILE_FIELDS, profileValue } from '@/lib/units/schema';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { EditProfileForm } from '@/components/units/edit-profile-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('units.edit'))('title') };
}

/** Only someone who may edit this grassroots union's profile sees the form; others get not-found. */
export default async function EditUnitProfilePage({ params }: PageProps<'/units/[id]/edit'>) {
  const actor = await getActor();
  const unit = await getUnit(actor, Number((await params).id), 'unit.editProfile');
  if (!actor || !unit || unit.kind !== 'grassroots') notFound();
  const [t, chain, profile] = await Promise.all([getTranslations('units.edit'), getParentChain(actor, unit), getUnitProfile(unit.id)]);
  if (!profile) notFound();
  const isManager = can(actor, 'unit.manage', unit);
  const fields = isManager ? MANAGER_PROFILE_FIELDS : CHAIR_PROFILE_FIELDS;
  const raw: Record<string, unknown> = { ...profile, name: unit.name, shortName: unit.shortName };
  // What the form shows (dd/MM/yyyy dates) and the same values in stored form, to detect edits by others.
  const initial = Object.fromEntries(fields.map((f) => [f, raw[f] instanceof Date ? formatDate(raw[f] as Date) : raw[f] == null ? '' : String(raw[f])]));
  const base = JSON.stringify(Object.fromEntries(fields.map((f) => [f, profileValue(raw[f])])));
  return (
    <>
      <UnitBreadcrumb chain={[...chain, { id: unit.id, name: unit.name, shortName: unit.shortName, isInScope: true }]} current={t('title')} />
      <h1 className="mb-1 text-2xl font-semibold">{t('heading', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{isManager ? t('introManager') : t('introChair')}</p>
      <EditProfileForm unitId={unit.id} version={profile.version} initial={initial} base={base} isManager={isManager} />
    </>
  );
}
