import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { findTransferTarget, getMember, pendingTransferOf, searchTransferTargets } from '@/lib/members/data';
import { formatDate } from '@/lib/i18n/dates';
import { TransferMemberForm } from '@/components/members/transfer-member-form';
import { Button } from '@/components/ui/button';

async function load(id: string) {
  const actor = await getActor();
  const member = await getMember(actor, Number(id), 'member.edit');
  return actor && member ? { actor, member } : null;
}

export async function generateMetadata({ params }: PageProps<'/members/[id]/transfer'>): Promise<Metadata> {
  const found = await load((await params).id);
  const t = await getTranslations();
  return { title: found ? t('memberTransfer.title', { name: found.member.fullName }) : t('notFound.title') };
}

const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim().slice(0, 120) : '');

/**
 * Choosing the receiving union, then the transfer form. An exact code finds any active grassroots
 * union (shown by name only); a name search looks only inside the actor's scope.
 */
export default async function TransferMemberPage({ params, searchParams }: PageProps<'/members/[id]/transfer'>) {
  const found = await load((await params).id);
  if (!found) notFound();
  const { actor, member } = found;
  const t = await getTranslations();
  const query = await searchParams;
  const to = text(query.to);
  const q = text(query.q);
  const target = to ? await findTransferTarget(to) : null;
  const [byCode, matches, pending] = await Promise.all([
    q ? findTransferTarget(q) : null,
    q ? searchTransferTargets(actor, q) : [],
    pendingTransferOf(member.id),
  ]);
  const options = [...(byCode ? [byCode] : []), ...matches.filter((m) => m.id !== byCode?.id)].filter((u) => u.id !== member.unitId);

  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('memberTransfer.title', { name: member.fullName })}</h1>
      <p className="mb-6 text-sm text-slate-700">
        {member.unit ? t('memberTransfer.from', { unit: member.unit.name }) : t('memberTransfer.notActive')}{' '}
        <Link href={`/members/${member.id}`} className="underline">{t('memberProfile.backToProfile')}</Link>
      </p>
      {!member.unit ? null : pending ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          {t('memberTransfer.pendingNotice', { unit: pending.toUnitName, date: formatDate(pending.effectiveOn) })}
        </p>
      ) : target && target.id !== member.unitId ? (
        <section aria-labelledby="transfer-form-heading">
          <h2 id="transfer-form-heading" className="mb-3 text-lg font-semibold">{t('memberTransfer.target', { unit: target.name })}</h2>
          <p className="mb-4 text-sm">
            <Link href={`/members/${member.id}/transfer`} className="underline">{t('memberTransfer.changeTarget')}</Link>
          </p>
          <TransferMemberForm memberId={member.id} target={{ code: target.code, name: target.name }} direct={can(actor, 'member.register', target)} />
        </section>
      ) : (
        <section aria-labelledby="find-heading">
          <h2 id="find-heading" className="mb-3 text-lg font-semibold">{t('memberTransfer.findTitle')}</h2>
          <form method="get" className="flex max-w-xl flex-col gap-2 sm:flex-row sm:items-end">
            <div className="flex flex-1 flex-col gap-1">
              <label htmlFor="transfer-q" className="text-sm font-semibold">{t('memberTransfer.findLabel')}</label>
              <input id="transfer-q" name="q" defaultValue={q || to} aria-describedby="transfer-q-hint" className="w-full rounded-md border border-slate-300 px-3 py-2" />
              <p id="transfer-q-hint" className="text-xs text-slate-600">{t('memberTransfer.findHint')}</p>
            </div>
            <Button type="submit" variant="secondary">{t('memberTransfer.find')}</Button>
          </form>
          {(q || to) && options.length === 0 ? <p role="status" className="mt-4 text-sm text-slate-700">{t('memberTransfer.noMatch')}</p> : null}
          {options.length > 0 ? (
            <ul className="mt-4 flex max-w-xl flex-col gap-2" aria-label={t('memberTransfer.findTitle')}>
              {options.map((option) => (
                <li key={option.id} className="flex items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2">
                  <span>{option.name}</span>
                  <Link href={`/members/${member.id}/transfer?to=${encodeURIComponent(option.code)}`} className="font-semibold text-brand-800 underline">
                    {t('memberTransfer.choose')}<span className="sr-only"> {option.name}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      )}
    </>
  );
}
