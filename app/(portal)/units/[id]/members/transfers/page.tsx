import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { getUnit } from '@/lib/units/data';
import { listUnitTransfers } from '@/lib/members/data';
import { TransferList } from '@/components/members/transfer-list';

async function load(id: string) {
  const actor = await getActor();
  const unit = await getUnit(actor, Number(id), 'member.view');
  return actor && unit && unit.kind === 'grassroots' ? { actor, unit } : null;
}

export async function generateMetadata({ params }: PageProps<'/units/[id]/members/transfers'>): Promise<Metadata> {
  const found = await load((await params).id);
  const t = await getTranslations();
  return { title: found ? t('memberTransfer.listTitle', { unit: found.unit.name }) : t('notFound.title') };
}

/** A union's incoming and outgoing transfer requests: the pending queue first, then recent decisions. */
export default async function UnitTransfersPage({ params }: PageProps<'/units/[id]/members/transfers'>) {
  const found = await load((await params).id);
  if (!found) notFound();
  const { unit } = found;
  const t = await getTranslations('memberTransfer');
  const [incoming, outgoing] = await Promise.all([listUnitTransfers(unit.id, 'incoming'), listUnitTransfers(unit.id, 'outgoing')]);
  const sections = [
    { key: 'incoming', title: t('incoming'), list: incoming },
    { key: 'outgoing', title: t('outgoing'), list: outgoing },
  ] as const;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('listTitle', { unit: unit.name })}</h1>
      <p className="mb-6 text-sm">
        <Link href={`/units/${unit.id}`} className="underline">{unit.name}</Link>
      </p>
      {sections.map(({ key, title, list }) => (
        <section key={key} aria-labelledby={`${key}-heading`} className="mb-8">
          <h2 id={`${key}-heading`} className="mb-3 text-lg font-semibold">
            {title} ({list.pending.length})
          </h2>
          {list.pending.length === 0 ? <p className="text-sm text-slate-600">{t('noPending')}</p> : <TransferList rows={list.pending} direction={key} captionId={`${key}-heading`} unitId={unit.id} />}
          <h3 id={`${key}-decided-heading`} className="mb-2 mt-4 font-semibold">{t('decided')}</h3>
          {list.decided.length === 0 ? <p className="text-sm text-slate-600">{t('noDecided')}</p> : <TransferList rows={list.decided} direction={key} captionId={`${key}-decided-heading`} unitId={unit.id} />}
        </section>
      ))}
    </>
  );
}
