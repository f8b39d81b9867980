import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getParentChain, getSubtreeTotals, getUnit, getUnitProfile, listChildrenWithCounts, listSubtreeAsOf, listUnitEvents, listUnitOfficials } from '@/lib/units/data';
import { decodeCursor, listUnitMembers } from '@/lib/members/data';
import { formatDate, todayInVietnam } from '@/lib/i18n/dates';
import { GRASSROOTS_PARENT_KINDS, parseAsOf } from '@/lib/units/schema';
import { AsOfRollup } from '@/components/units/as-of-rollup';
import { ClosedUnitNotice } from '@/components/units/closed-unit-notice';
import { UnitBreadcrumb } from '@/components/units/unit-breadcrumb';
import { ChildrenTable } from '@/components/units/children-table';
import { MembersTable } from '@/components/units/members-table';
import { UnitTotals } from '@/components/units/unit-totals';
import { UnitProfileCard } from '@/components/units/unit-profile';
import { UnitTimeline } from '@/components/units/unit-timeline';
import { ButtonLink } from '@/components/ui/button';
import { UnitAwards } from '@/components/awards/unit-awards';
import { UnitInitiatives } from '@/components/initiatives/unit-initiatives';
import { UnitTransfersLink } from '@/components/members/transfer-links';

async function loadUnit(id: string) {
  const actor = await getActor();
  const unit = await getUnit(actor, Number(id));
  return actor && unit ? { actor, unit } : null;
}

export async function generateMetadata({ params }: PageProps<'/units/[id]'>): Promise<Metadata> {
  const found = await loadUnit((await params).id);
  return { title: found?.unit.name ?? (await getTranslations('notFound'))('title') };
}

export default async function UnitPage({ params, searchParams }: PageProps<'/units/[id]'>) {
  const found = await loadUnit((await params).id);
  if (!found) notFound();
  const { actor, unit } = found;
  const { after, asOf: asOfParam } = await searchParams;
  const isGrassroots = unit.kind === 'grassroots';
  const isParentKind = (GRASSROOTS_PARENT_KINDS as readonly string[]).includes(unit.kind);
  const asOfText = typeof asOfParam === 'string' ? asOfParam : undefined;
  const asOf = isParentKind ? parseAsOf(asOfText) : null;
  const [t, chain, totals, children, memberPage, profile, officials, events] = await Promise.all([
    getTranslations(),
    getParentChain(actor, unit),
    getSubtreeTotals(unit),
    listChildrenWithCounts(unit.id),
    isGrassroots && can(actor, 'member.view', unit)
      ? listUnitMembers(unit.id, decodeCursor(typeof after === 'string' ? after : undefined))
      : null,
    getUnitProfile(unit.id),
    isGrassroots ? listUnitOfficials(unit.id) : [],
    listUnitEvents(unit.id),
  ]);
  const asOfResult = asOf ? await listSubtreeAsOf(unit.id, asOf) : null;
  const mayRegister = isGrassroots && unit.status === 'active' && can(actor, 'member.register', unit);
  const mayEditProfile = isGrassroots && can(actor, 'unit.editProfile', unit);
  const manages = unit.status === 'active' && can(actor, 'unit.manage', unit);
  const mayEstablish = isParentKind && manages;
  const mayReorganise = isGrassroots && manages;
  const mayMoveGroups = mayReorganise && children.some((child) => child.kind === 'group' && child.status === 'active');
  const showEmployers = unit.kind === 'ward_union' && can(actor, 'unit.view', unit);

  return (
    <>
      <UnitBreadcrumb chain={chain} current={unit.shortName ?? unit.name} />
      <header className="mb-6 flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{unit.name}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-slate-600">{t('units.kindLabel')}</dt>
          <dd data-testid="unit-kind">{t(`units.kind.${unit.kind}`)}</dd>
          <dt className="text-slate-600">{t('units.code')}</dt>
          <dd>{unit.code}</dd>
          <dt className="text-slate-600">{t('units.statusLabel')}</dt>
          <dd>{t(`units.status.${unit.status}`)}</dd>
          {unit.foundedOn ? (
            <>
              <dt className="text-slate-600">{t('units.foundedOn')}</dt>
              <dd>{formatDate(unit.foundedOn)}</dd>
            </>
          ) : null}
        </dl>
        <UnitTotals totals={totals} />
        {mayEditProfile || mayEstablish || mayReorganise || showEmployers ? (
          <div className="flex flex-wrap gap-2">
            {mayEditProfile ? <ButtonLink href={`/units/${unit.id}/edit`} variant="secondary">{t('units.edit.link')}</ButtonLink> : null}
            {mayEstablish ? <ButtonLink href={`/units/${unit.id}/establish`} variant="secondary">{t('units.establish.link')}</ButtonLink> : null}
            {mayEstablish ? <ButtonLink href={`/units/${unit.id}/transfer`} variant="secondary">{t('units.transfer.link')}</ButtonLink> : null}
            {showEmployers ? <ButtonLink href={`/units/${unit.id}/employers`} variant="secondary">{t('units.employers.link')}</ButtonLink> : null}
            {mayMoveGroups ? <ButtonLink href={`/units/${unit.id}/transfer`} variant="secondary">{t('units.transfer.groupsLink')}</ButtonLink> : null}
            {mayReorganise ? <ButtonLink href={`/units/${unit.id}/merge`} variant="secondary">{t('units.merge.link')}</ButtonLink> : null}
            {mayReorganise ? <ButtonLink href={`/units/${unit.id}/dissolve`} variant="secondary">{t('units.dissolve.link')}</ButtonLink> : null}
          </div>
        ) : null}
        <ClosedUnitNotice status={unit.status} closing={profile} />
      </header>

      {isGrassroots && profile ? <UnitProfileCard profile={profile} officials={officials} activeMembers={totals.activeMembers} today={todayInVietnam()} /> : null}

      {memberPage ? (
        <section aria-labelledby="members-title" className="mb-8">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="members-title" className="text-lg font-semibold">
              {t('units.members')}
            </h2>
            {mayRegister ? <ButtonLink href={`/units/${unit.id}/members/new`}>{t('units.registerMember')}</ButtonLink> : null}
          </div>
          <p className="mb-3"><UnitTransfersLink unitId={unit.id} /></p>
          {memberPage.members.length === 0 ? (
            <p className="text-slate-600">{t('units.membersEmpty')}</p>
          ) : (
            <>
              <MembersTable members={memberPage.members} captionId="members-title" />
              <div className="mt-3 flex gap-4 text-sm">
                {after ? <Link href={`/units/${unit.id}`} className="text-brand-700 hover:underline">{t('units.firstPage')}</Link> : null}
                {memberPage.next ? (
                  <Link href={`/units/${unit.id}?after=${memberPage.next}`} className="text-brand-700 hover:underline">
                    {t('units.nextPage')}
                  </Link>
                ) : null}
              </div>
            </>
          )}
        </section>
      ) : null}

      {!isGrassroots || children.length > 0 ? (
        <section aria-labelledby="children-title">
          <h2 id="children-title" className="mb-3 text-lg font-semibold">
            {t('units.children')}
          </h2>
          <ChildrenTable rows={children} captionId="children-title" />
        </section>
      ) : null}

      {isParentKind ? <AsOfRollup unitId={unit.id} asOfText={asOfText} asOf={asOf} result={asOfResult} /> : null}

      {/* Honours (issue 5): components/awards, components/initiatives */}
      <UnitAwards actor={actor} unit={unit} />
      <UnitInitiatives actor={actor} unit={unit} />

      <UnitTimeline events={events} />
    </>
  );
}
