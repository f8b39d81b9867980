import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getMember } from '@/lib/members/data';
import { revealSensitive } from '@/lib/members/mutations';
import { MemberRecord, SensitiveRecord } from '@/components/members/member-record';
import { MembershipHistory } from '@/components/members/membership-history';
import { ButtonLink } from '@/components/ui/button';
import { LeaveMemberForm } from '@/components/members/leave-member-form';
import { RejoinMemberForm } from '@/components/members/rejoin-member-form';
import { MemberAwards } from '@/components/awards/member-awards';
import { MemberInitiatives } from '@/components/initiatives/member-initiatives';
import { PendingTransferNotice } from '@/components/members/transfer-links';

async function load(id: string) {
  const actor = await getActor();
  const member = await getMember(actor, Number(id));
  return actor && member ? { actor, member } : null;
}

export async function generateMetadata({ params }: PageProps<'/members/[id]'>): Promise<Metadata> {
  const found = await load((await params).id);
  return { title: found?.member.fullName ?? (await getTranslations('notFound'))('title') };
}

/**
 * A member's profile. Outside the reader's scope it is "not found", like a member that does not
 * exist. Sensitive fields appear only on request (?sensitive=1), only to roles allowed to see them,
 * and each showing writes an audit row: nobody reads them by merely opening the profile.
 */
export default async function MemberPage({ params, searchParams }: PageProps<'/members/[id]'>) {
  const found = await load((await params).id);
  if (!found) notFound();
  const { actor, member } = found;
  const t = await getTranslations('memberProfile');
  const maySeeSensitive = can(actor, 'member.viewSensitive', member.scope);
  const wantsSensitive = (await searchParams).sensitive === '1';
  const mayLeave = !!member.unit && can(actor, 'member.edit', member.scope);
  const lastUnion = member.memberships[0]?.unit;
  const mayRejoin = !member.unit && !!lastUnion && can(actor, 'member.register', member.scope);
  const sensitive = maySeeSensitive && wantsSensitive ? await revealSensitive(actor.userId, member.id, member.scope.unitId, 'profile') : null;

  return (
    <>
      <header className="mb-6 flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold">{member.fullName}</h1>
          <p className="text-sm text-slate-700" data-testid="member-status">
            {member.unit ? t('activeIn', { unit: member.unit.name }) : t('former')}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(actor, 'member.edit', member.scope) ? <ButtonLink href={`/members/${member.id}/edit`}>{t('edit')}</ButtonLink> : null}
          {mayLeave ? <ButtonLink href={`/members/${member.id}/transfer`} variant="secondary">{t('transfer')}</ButtonLink> : null}
        </div>
      </header>
      {member.unit ? <PendingTransferNotice memberId={member.id} /> : null}
      <MemberRecord member={member} />
      {maySeeSensitive ? (
        <section aria-labelledby="sensitive-heading" className="mt-8">
          <h2 id="sensitive-heading" className="mb-3 text-lg font-semibold">{t('sensitiveTitle')}</h2>
          {sensitive ? (
            <SensitiveRecord sensitive={sensitive} />
          ) : (
            // A plain link, not next/link: a prefetch must never count as a view.
            <a href={`/members/${member.id}?sensitive=1`} className="font-semibold text-brand-800 underline">
              {t('showSensitive')}
            </a>
          )}
        </section>
      ) : null}
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">{t('history')}</h2>
        <MembershipHistory memberships={member.memberships} captionId="history-heading" />
      </section>
      {mayLeave || mayRejoin ? (
        <section aria-labelledby="membership-heading" className="mt-8">
          <h2 id="membership-heading" className="mb-3 text-lg font-semibold">{t('membershipTitle')}</h2>
          {mayLeave ? <LeaveMemberForm memberId={member.id} name={member.fullName} /> : null}
          {mayRejoin ? <RejoinMemberForm memberId={member.id} unitName={lastUnion.name} /> : null}
        </section>
      ) : null}
      {/* Honours (issue 5): components/awards, components/initiatives */}
      <MemberAwards actor={actor} member={member} />
      <MemberInitiatives actor={actor} member={member} />
    </>
  );
}
