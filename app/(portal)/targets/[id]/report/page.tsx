import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getTarget } from '@/lib/targets/data';
import { ReportForm } from '@/components/targets/report-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('targets'))('reportTitle') };
}

export default async function ReportManualPage({ params }: PageProps<'/targets/[id]/report'>) {
  const actor = await getActor();
  const target = await getTarget(Number((await params).id));
  if (!target || target.metric !== 'manual' || !can(actor, 'target.reportManual', target)) notFound();
  const t = await getTranslations('targets');
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('reportTitle')}</h1>
      <p className="mb-1 text-slate-700">{target.unitName} · {target.year}</p>
      <p className="mb-6 font-semibold">{target.label}</p>
      <ReportForm
        target={{ id: target.id, version: target.version, manualActual: target.manualActual === null ? '' : String(target.manualActual), evidenceNote: target.evidenceNote ?? '' }}
        backHref={`/targets?unit=${target.unitId}&year=${target.year}`}
      />
    </>
  );
}
