// What a merged or dissolved unit's pages say first: when and by which decision it closed, and for a
// merger, the union that took its members. Also what the merge and dissolve pages show once done.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import type { UnitProfile } from '@/lib/units/data';
import { Alert } from '@/components/ui/alert';

type Closing = Pick<UnitProfile, 'closedOn' | 'closingDecisionNumber' | 'closingReason' | 'mergedInto'>;

export async function ClosedUnitNotice({ unitId, status, closing, live = false }: { unitId?: number; status: string; closing: Closing | null; live?: boolean }) {
  if (!closing?.closedOn) return null;
  const t = await getTranslations('units');
  const params = { date: formatDate(closing.closedOn), number: closing.closingDecisionNumber ?? '—' };
  return (
    <div data-testid="closed-notice">
      <Alert tone="info" live={live}>
        {status === 'merged' && closing.mergedInto ? (
          <>
            {t('closed.merged', { ...params, name: closing.mergedInto.name })}{' '}
            <Link href={`/units/${closing.mergedInto.id}`} className="font-semibold underline">{closing.mergedInto.name}</Link>
          </>
        ) : (
          t('closed.dissolved', { ...params, reason: closing.closingReason ?? '—' })
        )}
        {unitId ? (
          <>
            {' '}
            <Link href={`/units/${unitId}`} className="underline">{t('edit.back')}</Link>
          </>
        ) : null}
      </Alert>
    </div>
  );
}
