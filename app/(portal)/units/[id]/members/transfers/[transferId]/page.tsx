import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getTransfer } from '@/lib/members/data';
import { formatDate } from '@/lib/i18n/dates';
import { TransferDecisionForm } from '@/components/members/transfer-decision-forms';

async function load(unitId: string, transferId: string) {
  const actor = await getActor();
  const transfer = await getTransfer(actor, Number(transferId));
  // Reached through one of its two unions; the URL's union must be one of them and in scope.
  if (!actor || !transfer || ![transfer.fromUnitId, transfer.toUnitId].includes(Number(unitId))) return null;
  return { actor, transfer };
}

export async function generateMetadata({ params }: PageProps<'/units/[id]/members/transfers/[transferId]'>): Promise<Metadata> {
  const { id, transferId } = await params;
  const found = await load(id, transferId);
  const t = await getTranslations();
  return { title: found ? t('memberTransfer.decideTitle', { id: found.transfer.id }) : t('notFound.title') };
}

/** One transfer request: who, from where to where, when; accept or decline for the receiving union, cancel for the sender. */
export default async function TransferPage({ params }: PageProps<'/units/[id]/members/transfers/[transferId]'>) {
  const { id, transferId } = await params;
  const found = await load(id, transferId);
  if (!found) notFound();
  const { actor, transfer } = found;
  const t = await getTranslations();
  const pending = transfer.status === 'pending';
  const mayDecide = pending && can(actor, 'member.register', transfer.toUnit);
  const mayCancel = pending && can(actor, 'member.edit', transfer.fromUnit);
  const backHref = `/units/${id}/members/transfers`;
  const memberLink = can(actor, 'member.view', transfer.onToSide && !pending && transfer.status === 'accepted' ? transfer.toUnit : transfer.fromUnit);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('memberTransfer.decideTitle', { id: transfer.id })}</h1>
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">{t('memberTransfer.colMember')}</dt>
        <dd>{memberLink ? <Link href={`/members/${transfer.memberId}`} className="underline">{transfer.member.fullName}</Link> : transfer.member.fullName}</dd>
        <dt className="text-slate-600">{t('memberTransfer.birthDate')}</dt>
        <dd>{formatDate(transfer.member.birthDate)} · {t(`member.genderOption.${transfer.member.gender}`)}</dd>
        <dt className="text-slate-600">{t('memberTransfer.cardNumber')}</dt>
        <dd>{transfer.member.cardNumber}</dd>
        <dt className="text-slate-600">{t('memberTransfer.colFrom')}</dt>
        <dd>{transfer.fromUnit.name}</dd>
        <dt className="text-slate-600">{t('memberTransfer.colTo')}</dt>
        <dd>{transfer.toUnit.name}</dd>
        <dt className="text-slate-600">{t('memberTransfer.colDate')}</dt>
        <dd>{formatDate(transfer.effectiveOn)}</dd>
        <dt className="text-slate-600">{t('memberTransfer.colNote')}</dt>
        <dd>{transfer.note ?? '—'}</dd>
        <dt className="text-slate-600">{t('memberTransfer.colStatus')}</dt>
        <dd data-testid="transfer-status">
          {t(`memberTransfer.status.${transfer.status}`)}
          <span className="block text-xs text-slate-600">{t('memberTransfer.requestedBy', { name: transfer.requestedByName, date: formatDate(transfer.requestedAt) })}</span>
          {transfer.decidedAt ? <span className="block text-xs text-slate-600">{t('memberTransfer.decidedBy', { name: transfer.decidedByName ?? '', date: formatDate(transfer.decidedAt) })}</span> : null}
          {transfer.decisionNote ? <span className="block text-xs text-slate-600">{t('memberTransfer.decisionNote')}: {transfer.decisionNote}</span> : null}
        </dd>
      </dl>
      {mayDecide ? (
        <div className="grid gap-8 md:grid-cols-2">
          <section aria-labelledby="accept-heading">
            <h2 id="accept-heading" className="mb-2 text-lg font-semibold">{t('memberTransfer.acceptTitle')}</h2>
            <p className="mb-3 text-sm text-slate-700">{t('memberTransfer.acceptNote', { unit: transfer.toUnit.name, date: formatDate(transfer.effectiveOn) })}</p>
            <TransferDecisionForm transferId={transfer.id} decision="accept" backHref={backHref} />
          </section>
          <section aria-labelledby="decline-heading">
            <h2 id="decline-heading" className="mb-2 text-lg font-semibold">{t('memberTransfer.declineTitle')}</h2>
            <TransferDecisionForm transferId={transfer.id} decision="decline" backHref={backHref} />
          </section>
        </div>
      ) : null}
      {mayCancel && !mayDecide ? <TransferDecisionForm transferId={transfer.id} decision="cancel" backHref={backHref} /> : null}
      <p className="mt-6 text-sm"><Link href={backHref} className="underline">{t('memberTransfer.backToList')}</Link></p>
    </>
  );
}
