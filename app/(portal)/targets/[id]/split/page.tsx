import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getTarget, listChildUnits, listTargetsOf, readFigures } from '@/lib/targets/data';
import { METRICS, suggestSplit } from '@/lib/targets/metrics';
import { SplitForm } from '@/components/targets/split-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('targets'))('splitTitle') };
}

/** Split a count target among the units directly below, suggested in proportion to their members. */
export default async function SplitTargetPage({ params }: PageProps<'/targets/[id]/split'>) {
  const actor = await getActor();
  const target = await getTarget(Number((await params).id));
  if (!target || !can(actor, 'target.manage', target) || !METRICS[target.metric].cascades) notFound();
  const t = await getTranslations('targets');
  const children = (await listChildUnits({ id: target.unitId, path: target.path }, target.year)).filter((child) => child.status === 'active');
  const ids = children.map((child) => child.id);
  const [figures, existing] = await Promise.all([readFigures(ids, target.year), listTargetsOf(ids, target.year)]);
  const members = children.map((child) => figures.get(child.id)?.members ?? 0);
  const suggested = suggestSplit(target.valueMin, members);
  const backHref = `/targets?unit=${target.unitId}&year=${target.year}`;
  return (
    <>
      <h1 id="split-heading" className="mb-1 text-2xl font-semibold">{t('splitTitle')}</h1>
      <p className="mb-1 text-slate-700">{target.unitName} · {target.year} · {t(`metrics.${target.metric}`)}</p>
      <p className="mb-6 text-sm text-slate-600">{t('splitForm.intro', { total: target.valueMin })}</p>
      {children.length === 0 ? (
        <p>{t('splitForm.noChildren')}</p>
      ) : (
        <SplitForm
          targetId={target.id}
          total={target.valueMin}
          backHref={backHref}
          units={children.map((child, index) => ({
            id: child.id, name: child.name, members: members[index], suggested: suggested[index],
            current: existing.get(child.id)?.find((row) => row.metric === target.metric)?.valueMin ?? null,
          }))}
        />
      )}
    </>
  );
}
