// Small transfer pieces other pages show: the member's pending request, and a union's pending counts.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { countPendingTransfers, pendingTransferOf } from '@/lib/members/data';
import { formatDate } from '@/lib/i18n/dates';

/** On a member's profile: the request waiting for the receiving union, if any. */
export async function PendingTransferNotice({ memberId }: { memberId: number }) {
  const pending = await pendingTransferOf(memberId);
  if (!pending) return null;
  const t = await getTranslations('memberTransfer');
  return (
    <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm" data-testid="pending-transfer">
      {t('pendingNotice', { unit: pending.toUnitName, date: formatDate(pending.effectiveOn) })}
    </p>
  );
}

/** On a union's page: how many transfers wait, linking to the union's transfer lists. */
export async function UnitTransfersLink({ unitId }: { unitId: number }) {
  const [counts, t] = await Promise.all([countPendingTransfers(unitId), getTranslations('memberTransfer')]);
  return (
    <Link href={`/units/${unitId}/members/transfers`} className="text-sm font-semibold text-brand-800 underline" data-testid="unit-transfers-link">
      {t('listLink', counts)}
    </Link>
  );
}
