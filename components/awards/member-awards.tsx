// The member profile's awards: every award of an issued decision to this person, wherever they were
// a member at the time. Shown under the registers' rule: the reader may view the member's unit.
import { getTranslations } from 'next-intl/server';
import { can, type Actor } from '@/lib/auth/policy';
import { listRecipientAwards } from '@/lib/awards/data';
import { RecipientAwardsTable } from './recipient-awards-table';

export async function MemberAwards({ actor, member }: { actor: Actor; member: { id: number; scope: { path: string } } }) {
  if (!can(actor, 'unit.view', member.scope)) return null;
  const [t, awards] = await Promise.all([getTranslations('awards.profile'), listRecipientAwards({ memberId: member.id })]);
  return (
    <section aria-labelledby="member-awards-heading" className="mt-8">
      <h2 id="member-awards-heading" className="mb-3 text-lg font-semibold">{t('title')}</h2>
      {awards.length === 0 ? <p className="text-sm text-slate-600">{t('memberEmpty')}</p> : <RecipientAwardsTable awards={awards} labelledBy="member-awards-heading" />}
    </section>
  );
}
