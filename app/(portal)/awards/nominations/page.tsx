import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { resolvePageUnit } from '@/lib/units/data';
import { listDecisions, listNominations } from '@/lib/awards/data';
import { readAwardParams } from '@/lib/awards/page-params';
import { formatDate } from '@/lib/i18n/dates';
import { SelectField } from '@/components/ui/field';
import { Button, ButtonLink } from '@/components/ui/button';
import { NominationList } from '@/components/awards/nomination-list';
import { RevokeForm } from '@/components/awards/revoke-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('awards'))('nominations') };
}

/** For a unit: the nominations it must review (if the actor decides there) and those it has sent. */
export default async function NominationsPage({ searchParams }: PageProps<'/awards/nominations'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const scoped = await resolvePageUnit(actor, readAwardParams(await searchParams).unitId);
  if (!scoped) notFound();
  const { unit, choices } = scoped;
  const mayDecide = can(actor, 'award.decide', unit);
  const [t, toReview, sent, decisions] = await Promise.all([
    getTranslations('awards'),
    mayDecide ? listNominations({ issuingUnitId: unit.id }) : Promise.resolve([]),
    listNominations({ nominatingPath: unit.path }),
    mayDecide ? listDecisions(unit.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('nominations')}</h1>
          <p className="text-slate-600">{t('nominationsIntro')}</p>
        </div>
        {can(actor, 'award.nominate', unit) ? <ButtonLink href={`/awards/nominate?unit=${unit.id}`}>{t('nominate')}</ButtonLink> : null}
      </div>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="min-w-64 flex-1">
          <SelectField name="unit" label={t('unit')} defaultValue={String(unit.id)} options={choices.map((u) => ({ value: String(u.id), label: u.name }))} />
        </div>
        <Button type="submit" variant="secondary">
          {t('apply')}
        </Button>
      </form>

      {mayDecide ? (
        <section aria-labelledby="review-title" className="mb-8">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="review-title" className="text-lg font-semibold">
              {t('toReview', { unit: unit.name })}
            </h2>
            {toReview.some((n) => n.status === 'approved') ? <ButtonLink href={`/awards/decisions/new?unit=${unit.id}`}>{t('issueDecision')}</ButtonLink> : null}
          </div>
          <NominationList rows={toReview} canReview />
        </section>
      ) : null}

      <section aria-labelledby="sent-title" className="mb-8">
        <h2 id="sent-title" className="mb-3 text-lg font-semibold">
          {t('sent', { unit: unit.name })}
        </h2>
        <NominationList rows={sent} canReview={false} />
      </section>

      {decisions.length > 0 ? (
        <section aria-labelledby="decisions-title">
          <h2 id="decisions-title" className="mb-3 text-lg font-semibold">
            {t('decisions')}
          </h2>
          <ul className="flex flex-col gap-3">
            {decisions.map((d) => (
              <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold">{t('decisionLine', { number: d.number, date: formatDate(d.signedOn) })}</p>
                <p className="text-sm text-slate-600">
                  {d.signer} · {t('awardCount', { count: d._count.awards })}
                </p>
                {d.status === 'revoked' ? <p className="text-sm text-red-800">{t('revoked', { reason: d.revokedReason ?? '' })}</p> : <RevokeForm decisionId={d.id} />}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
