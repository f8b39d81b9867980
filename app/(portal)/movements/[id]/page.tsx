import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can, isWithin } from '@/lib/auth/policy';
import { getUnit, listScopeRootUnits } from '@/lib/units/data';
import { getMovement, getRegistration, movementParticipation } from '@/lib/movements/data';
import { readAwardParams } from '@/lib/awards/page-params';
import { formatDate } from '@/lib/i18n/dates';
import { DataTable } from '@/components/ui/table';
import { ButtonLink } from '@/components/ui/button';
import { JoinMovementForm, ReportMovementForm } from '@/components/movements/participate-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('movements'))('title') };
}

type Figures = { participants?: number | null; initiatives?: number | null; valueVnd?: string | null } | null;

/**
 * A movement as its launching unit sees it (who joined, who reported) and as a participating unit
 * sees it (join, report). Visible to anyone whose scope meets the movement's line: its launching
 * unit's subtree, or a unit above which the movement was launched.
 */
export default async function MovementPage({ params, searchParams }: PageProps<'/movements/[id]'>) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const movement = await getMovement(Number((await params).id));
  const requested = readAwardParams(await searchParams).unitId;
  const roots = await listScopeRootUnits(actor);
  // The participating unit: the one asked for, else the actor's own unit if it is in the audience.
  const candidate = requested ? await getUnit(actor, requested) : (roots.find((r) => movement && isWithin(r.path, movement.path)) ?? null);
  const seesLauncher = !!movement && can(actor, 'unit.view', movement);
  const participant = movement && candidate && isWithin(candidate.path, movement.path) && candidate.kind === movement.audienceKind ? candidate : null;
  if (!movement || (!seesLauncher && !participant)) notFound();

  const t = await getTranslations('movements');
  const [participation, registration] = await Promise.all([
    can(actor, 'movement.manage', movement) ? movementParticipation(movement) : null,
    participant ? getRegistration(movement.id, participant.id) : null,
  ]);
  const figures = (registration?.resultFigures ?? null) as Figures;
  const mayParticipate = participant && can(actor, 'movement.participate', participant);

  return (
    <>
      <h1 className="text-2xl font-semibold">{movement.name}</h1>
      <p className="mb-4 text-slate-600">
        {t(`kinds.${movement.kind}`)} · {t('period', { from: formatDate(movement.startsOn), to: formatDate(movement.endsOn) })} · {t('launchedBy', { unit: movement.unitName })} · {t(`audiences.${movement.audienceKind}`)}
      </p>
      {movement.description ? (
        <section className="mb-4">
          <h2 className="font-semibold">{t('description')}</h2>
          <p className="whitespace-pre-line">{movement.description}</p>
        </section>
      ) : null}
      {movement.criteria ? (
        <section className="mb-6">
          <h2 className="font-semibold">{t('criteria')}</h2>
          <p className="whitespace-pre-line">{movement.criteria}</p>
        </section>
      ) : null}

      {participant ? (
        <section aria-labelledby="your-unit" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="your-unit" className="mb-2 text-lg font-semibold">
            {t('yourUnit', { unit: participant.name })}
          </h2>
          {registration ? <p className="mb-2 text-sm text-slate-700">{t('joined', { date: formatDate(registration.registeredOn) })}</p> : null}
          {registration?.reportedOn ? <p className="mb-2 text-sm text-slate-700">{t('reportedOn', { date: formatDate(registration.reportedOn) })}</p> : null}
          {mayParticipate && !registration ? <JoinMovementForm movementId={movement.id} unitId={participant.id} /> : null}
          {mayParticipate && registration ? (
            <ReportMovementForm
              movementId={movement.id}
              unitId={participant.id}
              previous={{ resultText: registration.resultText, participants: figures?.participants ?? null, initiatives: figures?.initiatives ?? null, valueVnd: figures?.valueVnd ?? null }}
            />
          ) : null}
        </section>
      ) : null}

      {participation ? (
        <section aria-labelledby="participation-title">
          <h2 id="participation-title" className="text-lg font-semibold">
            {t('participation')}
          </h2>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <p className="text-slate-700" data-testid="participation-counts">
              {t('participationCounts', { registered: participation.registered, audience: participation.audience, reported: participation.reported })}
            </p>
            {participation.reported < participation.audience ? (
              <ButtonLink href={`/movements/${movement.id}/not-reported`} variant="secondary" prefetch={false}>
                {t('export.link')}
              </ButtonLink>
            ) : null}
          </div>
          <DataTable labelledBy="participation-title" columns={[{ label: t('columns.unit') }, { label: t('columns.registered') }, { label: t('columns.reported') }]}>
            {participation.units.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="px-3 py-2">{u.name}</td>
                <td className="px-3 py-2">{u.registeredOn ? formatDate(u.registeredOn) : <span className="text-amber-800">{t('notRegistered')}</span>}</td>
                <td className="px-3 py-2">{u.reportedOn ? formatDate(u.reportedOn) : <span className="text-amber-800">{t('notReported')}</span>}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </>
  );
}
