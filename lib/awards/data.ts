// Reads for nominations, decisions and the awards register, always within a subtree the caller
// has already resolved through the actor's scope.
import 'server-only';
import { db } from '@/lib/db';
import { Prisma, type NominationStatus, type RecognitionLevel, type UnitKind } from '@/lib/generated/prisma/client';
import { can, canAnywhere, type Actor } from '@/lib/auth/policy';
import { listRootUnits, pathIds } from '@/lib/units/data';

/** Which kind of unit issues awards of each level. */
export const ISSUING_KIND: Record<RecognitionLevel, UnitKind> = {
  grassroots: 'grassroots',
  ward: 'ward_union',
  federation: 'federation',
  confederation: 'confederation',
};

export async function listAwardTypes(options: { activeOnly?: boolean } = {}) {
  return db.awardType.findMany({ where: options.activeOnly ? { isActive: true } : {}, orderBy: { id: 'asc' } });
}

/**
 * Award types are national reference data: only an admin of a top unit of the tree (the
 * confederation, or a federation with nothing above it) maintains them. The page, its action and
 * the navigation entry all ask this one question.
 */
export async function mayManageAwardTypes(actor: Actor | null) {
  if (!canAnywhere(actor, 'awardType.manage')) return false;
  const roots = await listRootUnits();
  return roots.some((root) => can(actor, 'awardType.manage', root));
}

export async function getAwardType(id: number) {
  return db.awardType.findUnique({ where: { id } });
}

/** The nearest unit at or above `path` that issues awards of `level` (e.g. the ward union above a grassroots union). */
export async function findIssuingUnit(path: string, level: RecognitionLevel) {
  const rows = await db.unit.findMany({
    where: { id: { in: pathIds(path) }, kind: ISSUING_KIND[level], status: 'active' },
    select: { id: true, name: true, path: true, depth: true },
    orderBy: { depth: 'desc' },
    take: 1,
  });
  return rows[0] ?? null;
}

/** An active member of the subtree by union card number. */
export async function findMemberInSubtree(path: string, cardNumber: string) {
  return db.member.findFirst({ where: { cardNumber, unitPath: { startsWith: path } }, select: { id: true, fullName: true, unitId: true, unitPath: true } });
}

/** An active unit of the subtree by its code. */
export async function findUnitInSubtree(path: string, code: string) {
  return db.unit.findFirst({ where: { code, path: { startsWith: path }, status: 'active' }, select: { id: true, name: true, path: true } });
}

/** A nomination with the paths the policy needs: where it came from and who decides it. */
export async function getNomination(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const nomination = await db.nomination.findUnique({ where: { id } });
  if (!nomination) return null;
  const units = await db.unit.findMany({ where: { id: { in: [nomination.nominatingUnitId, nomination.issuingUnitId] } }, select: { id: true, path: true } });
  const pathOf = (unitId: number) => units.find((u) => u.id === unitId)?.path ?? '';
  return { ...nomination, nominatingPath: pathOf(nomination.nominatingUnitId), issuingPath: pathOf(nomination.issuingUnitId) };
}

export interface NominationRow {
  id: number;
  status: NominationStatus;
  periodYear: number;
  achievements: string;
  reviewNote: string | null;
  version: number;
  awardTypeName: string;
  recipientName: string;
  recipientKind: 'member' | 'unit';
  nominatingUnitName: string;
  issuingUnitName: string;
}

/**
 * Nominations, newest first: those decided by `issuingUnitId`, or those coming from the subtree at
 * `nominatingPath`. Names are joined in SQL so the page needs one query.
 */
export async function listNominations(filter: { issuingUnitId?: number; nominatingPath?: string; status?: NominationStatus }, limit = 200) {
  return db.$queryRaw<NominationRow[]>`
    SELECT n.id, n.status, n.period_year AS "periodYear", n.achievements, n.review_note AS "reviewNote", n.version,
           t.name AS "awardTypeName",
           COALESCE(m.full_name, r.name) AS "recipientName",
           CASE WHEN n.member_id IS NULL THEN 'unit' ELSE 'member' END AS "recipientKind",
           nu.name AS "nominatingUnitName", iu.name AS "issuingUnitName"
    FROM nominations n
    JOIN award_types t ON t.id = n.award_type_id
    JOIN units nu ON nu.id = n.nominating_unit_id
    JOIN units iu ON iu.id = n.issuing_unit_id
    LEFT JOIN members m ON m.id = n.member_id
    LEFT JOIN units r ON r.id = n.recipient_unit_id
    WHERE (${filter.issuingUnitId ?? null}::int IS NULL OR n.issuing_unit_id = ${filter.issuingUnitId ?? null}::int)
      AND (${filter.nominatingPath ?? null}::text IS NULL OR nu.path LIKE ${filter.nominatingPath ?? ''} || '%')
      AND (${filter.status ?? null}::text IS NULL OR n.status::text = ${filter.status ?? null}::text)
    ORDER BY n.id DESC
    LIMIT ${limit}`;
}

export interface AwardFilter {
  unitPath: string;
  year?: number;
  awardTypeId?: number;
  recipientKind?: 'member' | 'unit';
}

export interface AwardRow {
  id: number;
  year: number;
  awardTypeName: string;
  recipientName: string;
  recipientKind: 'member' | 'unit';
  /** The member's union card number or the unit's code. */
  recipientCode: string;
  unitName: string;
  decisionNumber: string;
  signedOn: Date;
  signer: string;
  issuingUnitName: string;
}

/** The register's filter as SQL: awards in the subtree whose decision is issued (not revoked). */
function awardConditions(filter: AwardFilter) {
  return Prisma.sql`a.unit_path LIKE ${filter.unitPath} || '%'
      AND (${filter.year ?? null}::int IS NULL OR a.year = ${filter.year ?? null}::int)
      AND (${filter.awardTypeId ?? null}::int IS NULL OR a.award_type_id = ${filter.awardTypeId ?? null}::int)
      AND (${filter.recipientKind ?? null}::text IS NULL OR (CASE WHEN a.member_id IS NULL THEN 'unit' ELSE 'member' END) = ${filter.recipientKind ?? null}::text)`;
}

const awardRowSelect = Prisma.sql`
    SELECT a.id, a.year, t.name AS "awardTypeName",
           COALESCE(m.full_name, r.name) AS "recipientName",
           CASE WHEN a.member_id IS NULL THEN 'unit' ELSE 'member' END AS "recipientKind",
           COALESCE(m.card_number, r.code) AS "recipientCode",
           u.name AS "unitName", d.number AS "decisionNumber", d.signed_on AS "signedOn", d.signer, iu.name AS "issuingUnitName"
    FROM awards a
    JOIN award_decisions d ON d.id = a.decision_id AND d.status = 'issued'
    JOIN award_types t ON t.id = a.award_type_id
    JOIN units u ON u.id = a.unit_id
    JOIN units iu ON iu.id = d.issuing_unit_id
    LEFT JOIN members m ON m.id = a.member_id
    LEFT JOIN units r ON r.id = a.recipient_unit_id`;

/** Awards of issued (not revoked) decisions in the subtree, with the honour roll's counts. */
export async function listAwards(filter: AwardFilter, limit = 1000) {
  const rows = await db.$queryRaw<AwardRow[]>`${awardRowSelect}
    WHERE ${awardConditions(filter)}
    ORDER BY t.id, "recipientKind", "recipientName", a.id
    LIMIT ${limit}`;
  const [counts] = await db.$queryRaw<{ individuals: bigint; collectives: bigint }[]>`
    SELECT count(*) FILTER (WHERE a.member_id IS NOT NULL) AS individuals,
           count(*) FILTER (WHERE a.member_id IS NULL) AS collectives
    FROM awards a JOIN award_decisions d ON d.id = a.decision_id AND d.status = 'issued'
    WHERE ${awardConditions(filter)}`;
  return { awards: rows, individuals: Number(counts.individuals), collectives: Number(counts.collectives) };
}

/** One keyset page of the register for the export, in award order (ids grow with the decisions). */
export async function listAwardsAfter(filter: AwardFilter, afterId: number, limit: number) {
  return db.$queryRaw<AwardRow[]>`${awardRowSelect}
    WHERE ${awardConditions(filter)} AND a.id > ${afterId}
    ORDER BY a.id
    LIMIT ${limit}`;
}

export async function getDecision(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const decision = await db.awardDecision.findUnique({ where: { id } });
  if (!decision) return null;
  const unit = await db.unit.findUniqueOrThrow({ where: { id: decision.issuingUnitId }, select: { path: true, name: true } });
  return { ...decision, path: unit.path, issuingUnitName: unit.name };
}

export async function listDecisions(issuingUnitId: number, limit = 100) {
  return db.awardDecision.findMany({
    where: { issuingUnitId },
    orderBy: { id: 'desc' },
    take: limit,
    include: { _count: { select: { awards: true } } },
  });
}

export interface ProfileAwardRow {
  id: number;
  year: number;
  awardTypeName: string;
  decisionNumber: string;
  signedOn: Date;
  issuingUnitName: string;
}

/**
 * Awards of issued decisions to one member (`memberId`) or to one union as a collective
 * (`recipientUnitId`), newest first: the profile sections. By id, not by path, so awards recorded
 * before a transfer stay with the person or union.
 */
export async function listRecipientAwards(recipient: { memberId: number } | { recipientUnitId: number }, limit = 100) {
  const condition = 'memberId' in recipient ? Prisma.sql`a.member_id = ${recipient.memberId}` : Prisma.sql`a.recipient_unit_id = ${recipient.recipientUnitId}`;
  return db.$queryRaw<ProfileAwardRow[]>`
    SELECT a.id, a.year, t.name AS "awardTypeName", d.number AS "decisionNumber", d.signed_on AS "signedOn", iu.name AS "issuingUnitName"
    FROM awards a
    JOIN award_decisions d ON d.id = a.decision_id AND d.status = 'issued'
    JOIN award_types t ON t.id = a.award_type_id
    JOIN units iu ON iu.id = d.issuing_unit_id
    WHERE ${condition}
    ORDER BY a.year DESC, d.signed_on DESC, a.id DESC
    LIMIT ${limit}`;
}

/** Collectives and individuals honoured in the subtree, per year (issued decisions only), newest year first. */
export async function awardTotalsByYear(unitPath: string, years = 10) {
  const rows = await db.$queryRaw<{ year: number; individuals: bigint; collectives: bigint }[]>`
    SELECT a.year,
           count(*) FILTER (WHERE a.member_id IS NOT NULL) AS individuals,
           count(*) FILTER (WHERE a.member_id IS NULL) AS collectives
    FROM awards a JOIN award_decisions d ON d.id = a.decision_id AND d.status = 'issued'
    WHERE a.unit_path LIKE ${unitPath} || '%'
    GROUP BY a.year
    ORDER BY a.year DESC
    LIMIT ${years}`;
  return rows.map((row) => ({ year: row.year, individuals: Number(row.individuals), collectives: Number(row.collectives) }));
}
