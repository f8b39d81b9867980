import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getMember, listEthnicities } from '@/lib/members/data';
import { revealSensitive } from '@/lib/members/mutations';
import { formatDate } from '@/lib/i18n/dates';
import { EditMemberForm } from '@/components/members/edit-member-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('memberProfile'))('edit') };
}

/** Only someone who may edit the member sees the form; everyone else gets not-found. */
export default async function EditMemberPage({ params }: PageProps<'/members/[id]/edit'>) {
  const actor = await getActor();
  const member = await getMember(actor, Number((await params).id), 'member.edit');
  if (!actor || !member) notFound();
  const withSensitive = can(actor, 'member.viewSensitive', member.scope);
  // Filling the sensitive fields in is a view of them: revealed through the audited read.
  const [t, ethnicities, sensitive] = await Promise.all([
    getTranslations('memberProfile'),
    listEthnicities(),
    withSensitive ? revealSensitive(actor.userId, member.id, member.scope.unitId, 'edit') : null,
  ]);
  const values: Record<string, string> = {
    memberId: String(member.id),
    version: String(member.version),
    fullName: member.fullName,
    gender: member.gender,
    birthDate: formatDate(member.birthDate),
    cccd: member.cccd,
    phone: member.phone ?? '',
    jobTitle: member.jobTitle ?? '',
    email: member.email ?? '',
    nationality: member.nationality.trim(),
    educationLevel: member.educationLevel ?? '',
    qualification: member.qualification ?? '',
    cardNumber: member.cardNumber,
    officialPosition: member.officialPosition ?? '',
    officialTrainedOn: formatDate(member.officialTrainedOn),
    appActivatedOn: formatDate(member.appActivatedOn),
    ethnicityCode: sensitive?.ethnicityCode ? String(sensitive.ethnicityCode) : '',
    partyIntroducedOn: formatDate(sensitive?.partyIntroducedOn),
  };
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('editTitle', { name: member.fullName })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('editIntro')}</p>
      <EditMemberForm initial={values} ethnicities={ethnicities} withSensitive={withSensitive} />
    </>
  );
}
