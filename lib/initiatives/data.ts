// Reads of the initiatives register, restricted to a unit subtree the caller has resolved in scope.
import 'server-only';
import { db } from '@/lib/db';
import type { InitiativeKind, InitiativeStatus } from '@/lib/generated/prisma/client';

export const INITIATIVE_PAGE_SIZE = 50;

export interface InitiativeFilter {
  /** Path of the subtree (already checked against the actor's scope). */
  unitPath: string;
  year?: number;
  kind?: InitiativeKind;
  status?: InitiativeStatus;
}

function where(filter: InitiativeFilter) {
  return {
    unitPath: { startsWith: filter.unitPath },
    ...(filter.year ? { year: filter.year } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}

/** Count and recognised value by kind, for the subtree and year: the figures the reports quote. */
export async function initiativeTotals(filter: InitiativeFilter) {
  const rows = await db.initiative.groupBy({
    by: ['kind'],
    where: where({ ...filter, kind: undefined }),
    _count: { _all: true },
    _sum: { valueVnd: true },
  });
  const byKind = Object.fromEntries(rows.map((row) => [row.kind, { count: row._count._all, valueVnd: row._sum.valueVnd ?? 0n }]));
  const count = rows.reduce((sum, row) => sum + row._count._all, 0);
  const valueVnd = rows.reduce((sum, row) => sum + (row._sum.valueVnd ?? 0n), 0n);
  return { count, valueVnd, byKind: byKind as Partial<Record<InitiativeKind, { count: number; valueVnd: bigint }>> };
}

/** One page, newest first; keyset on id (ids grow with time). The export reads bigger pages. */
export async function listInitiatives(filter: InitiativeFilter, beforeId?: number, pageSize = INITIATIVE_PAGE_SIZE) {
  const rows = await db.initiative.findMany({
    where: { ...where(filter), ...(beforeId ? { id: { lt: beforeId } } : {}) },
    orderBy: { id: 'desc' },
    take: pageSize + 1,
    select: {
      id: true, unitId: true, title: true, kind: true, field: true, year: true, appliedOn: true, valueVnd: true,
      recognitionLevel: true, status: true, version: true, movement: { select: { name: true } },
      authors: { select: { memberId: true, outsideName: true }, orderBy: { id: 'asc' } },
    },
  });
  const page = rows.slice(0, pageSize);
  const memberIds = [...new Set(page.flatMap((row) => row.authors.flatMap((a) => (a.memberId ? [a.memberId] : []))))];
  const unitIds = [...new Set(page.map((row) => row.unitId))];
  const [members, units] = await Promise.all([
    db.member.findMany({ where: { id: { in: memberIds } }, select: { id: true, fullName: true } }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, shortName: true } }),
  ]);
  const memberName = new Map(members.map((m) => [m.id, m.fullName]));
  const unitName = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
  return {
    initiatives: page.map((row) => ({
      ...row,
      unitName: unitName.get(row.unitId) ?? '',
      authorNames: row.authors.map((a) => (a.memberId ? (memberName.get(a.memberId) ?? '') : (a.outsideName ?? ''))),
    })),
    nextBeforeId: rows.length > pageSize ? page.at(-1)?.id : undefined,
  };
}

/** One initiative with its unit's path as `path`, so the policy can place it in the tree. */
export async function getInitiative(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const row = await db.initiative.findUnique({
    where: { id },
    select: { id: true, unitId: true, unitPath: true, title: true, kind: true, year: true, valueVnd: true, recognitionLevel: true, status: true, version: true },
  });
  return row ? { ...row, path: row.unitPath } : null;
}

/** Members of the subtree with these card numbers (authors must belong to the unit's subtree). */
export async function findMembersByCard(unitPath: string, cardNumbers: string[]) {
  if (cardNumbers.length === 0) return [];
  return db.member.findMany({
    where: { cardNumber: { in: cardNumbers }, unitPath: { startsWith: unitPath } },
    select: { id: true, cardNumber: true, fullName: true },
  });
}

const profileSelect = { id: true, title: true, kind: true, year: true, valueVnd: true, status: true, recognitionLevel: true } as const;

/** Initiatives with this member among their authors, newest first (the member profile). */
export async function listMemberInitiatives(memberId: number, limit = 100) {
  return db.initiative.findMany({
    where: { authors: { some: { memberId } } },
    orderBy: [{ year: 'desc' }, { id: 'desc' }],
    take: limit,
    select: profileSelect,
  });
}

/** A union's own initiatives by unit id (kept after a transfer), newest first, with the union's totals. */
export async function listUnitInitiatives(unitId: number, limit = 20) {
  const [rows, totals] = await Promise.all([
    db.initiative.findMany({ where: { unitId }, orderBy: [{ year: 'desc' }, { id: 'desc' }], take: limit, select: profileSelect }),
    db.initiative.aggregate({ where: { unitId }, _count: { _all: true }, _sum: { valueVnd: true } }),
  ]);
  return { initiatives: rows, count: totals._count._all, valueVnd: totals._sum.valueVnd ?? 0n };
}

/** Count and recognised value in the subtree per year, newest year first. */
export async function initiativeTotalsByYear(unitPath: string, years = 10) {
  const rows = await db.initiative.groupBy({
    by: ['year'],
    where: { unitPath: { startsWith: unitPath } },
    _count: { _all: true },
    _sum: { valueVnd: true },
    orderBy: { year: 'desc' },
    take: years,
  });
  return rows.map((row) => ({ year: row.year, count: row._count._all, valueVnd: row._sum.valueVnd ?? 0n }));
}
