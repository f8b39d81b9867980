// The unit's history as people read it: founding, renames, transfers (from → to, decision, effective
// date), merges, dissolution and profile edits (who, when, which fields from what to what).
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/dates';
import type { UnitEventRow } from '@/lib/units/data';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export async function UnitTimeline({ events }: { events: UnitEventRow[] }) {
  const t = await getTranslations('units');
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('timeline.blank');
    if (field === 'sector') return t(`sector.${value as 'other'}`);
    if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(new Date(value));
    return String(value);
  };
  return (
    <section aria-labelledby="timeline-title" className="my-8">
      <h2 id="timeline-title" className="mb-3 text-lg font-semibold">{t('timeline.title')}</h2>
      {events.length === 0 ? (
        <p className="text-slate-600">{t('timeline.empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" data-testid="unit-timeline">
          {events.map((event) => (
            <li key={event.id} className="text-sm" data-testid="timeline-event">
              <p>
                <time className="font-semibold tabular-nums">{formatDate(event.occurredOn)}</time>{' '}
                {t(`timeline.${event.kind}`, { from: event.fromParent?.name ?? '—', to: event.toParent?.name ?? '—' })}
                {event.decisionNumber ? <span> · {t('timeline.decision', { number: event.decisionNumber })}</span> : null}
              </p>
              {event.changes ? (
                <ul className="mt-1 list-disc pl-5 text-slate-700">
                  {Object.entries(event.changes).map(([field, [before, after]]) => (
                    <li key={field}>
                      {t(`field.${field as 'name'}`)}: {show(field, before)} → {show(field, after)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {event.actorName ? (
                <p className="text-xs text-slate-500">{t('timeline.by', { name: event.actorName, at: formatDate(event.createdAt) })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
