// The member profile's initiatives: those the member is an author of. Shown under the registers'
// rule: the reader may view the member's unit.
import { getTranslations } from 'next-intl/server';
import { can, type Actor } from '@/lib/auth/policy';
import { listMemberInitiatives } from '@/lib/initiatives/data';
import { ProfileInitiativesTable } from './profile-initiatives-table';

export async function MemberInitiatives({ actor, member }: { actor: Actor; member: { id: number; scope: { path: string } } }) {
  if (!can(actor, 'unit.view', member.scope)) return null;
  const [t, initiatives] = await Promise.all([getTranslations('initiatives.profile'), listMemberInitiatives(member.id)]);
  return (
    <section aria-labelledby="member-initiatives-heading" className="mt-8">
      <h2 id="member-initiatives-heading" className="mb-3 text-lg font-semibold">{t('title')}</h2>
      {initiatives.length === 0 ? (
        <p className="text-sm text-slate-600">{t('memberEmpty')}</p>
      ) : (
        <ProfileInitiativesTable initiatives={initiatives} labelledBy="member-initiatives-heading" />
      )}
    </section>
  );
}
