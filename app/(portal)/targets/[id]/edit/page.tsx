import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getTarget } from '@/lib/targets/data';
import { TargetForm } from '@/components/targets/target-form';
import { DeleteTargetForm } from '@/components/targets/delete-target-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('targets'))('editTitle') };
}

export default async function EditTargetPage({ params }: PageProps<'/targets/[id]/edit'>) {
  const actor = await getActor();
  const target = await getTarget(Number((await params).id));
  if (!target || !can(actor, 'target.manage', target)) notFound();
  const t = await getTranslations('targets');
  const backHref = `/targets?unit=${target.unitId}&year=${target.year}`;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('editTitle')}</h1>
      <p className="mb-6 text-slate-700">{target.unitName} · {target.year}</p>
      <TargetForm
        unitId={target.unitId}
        year={target.year}
        taken={[]}
        backHref={backHref}
        existing={{
          id: target.id, version: target.version, metric: target.metric, shape: target.shape, valueMin: String(target.valueMin),
          valueMax: target.valueMax === null ? '' : String(target.valueMax), label: target.label ?? '', denominatorNote: target.denominatorNote ?? '',
        }}
      />
      <DeleteTargetForm targetId={target.id} backHref={backHref} />
    </>
  );
}
