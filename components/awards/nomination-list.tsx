import { getTranslations } from 'next-intl/server';
import type { NominationRow } from '@/lib/awards/data';
import { ReviewForm } from './review-form';

/** Nominations as cards (readable on a phone); waiting ones carry the review form when allowed. */
export async function NominationList({ rows, canReview }: { rows: NominationRow[]; canReview: boolean }) {
  const t = await getTranslations('awards');
  if (rows.length === 0) return <p className="text-slate-600">{t('noNominations')}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((n) => (
        <li key={n.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`nomination-${n.id}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold">
              {n.recipientName} <span className="font-normal text-slate-500">({t(`recipientKinds.${n.recipientKind}`)})</span>
            </p>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t(`statuses.${n.status}`)}</span>
          </div>
          <p className="text-sm text-slate-600">{t('nominationLine', { type: n.awardTypeName, year: n.periodYear, unit: n.nominatingUnitName })}</p>
          <p className="mt-1 whitespace-pre-line text-sm">{n.achievements}</p>
          {n.reviewNote ? <p className="mt-1 text-sm text-amber-800">{n.reviewNote}</p> : null}
          {canReview && n.status === 'submitted' ? <ReviewForm nominationId={n.id} version={n.version} /> : null}
        </li>
      ))}
    </ul>
  );
}
