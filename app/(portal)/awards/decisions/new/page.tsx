import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getUnit } from '@/lib/units/data';
import { listNominations } from '@/lib/awards/data';
import { readAwardParams } from '@/lib/awards/page-params';
import { DecisionForm } from '@/components/awards/decision-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('awards'))('issueDecision') };
}

export default async function NewDecisionPage({ searchParams }: PageProps<'/awards/decisions/new'>) {
  const actor = await getActor();
  const { unitId } = readAwardParams(await searchParams);
  const unit = unitId ? await getUnit(actor, unitId, 'award.decide') : null;
  if (!unit) notFound();
  const [t, approved] = await Promise.all([getTranslations('awards'), listNominations({ issuingUnitId: unit.id, status: 'approved' })]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('decisionForm.title', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('decisionForm.intro')}</p>
      <DecisionForm
        issuingUnitId={unit.id}
        nominations={approved.map((n) => ({ id: n.id, label: `${n.recipientName} — ${n.awardTypeName} (${n.periodYear})` }))}
      />
    </>
  );
}
