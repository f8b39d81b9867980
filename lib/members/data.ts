// Member reads, scoped: callers pass a unit they have already resolved through the actor's scope.
import 'server-only';
import { db } from '@/lib/db';
import { can, scopeRoots, type Action, type Actor } from '@/lib/auth/policy';
import { Prisma } from '@/lib/generated/prisma/client';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { searchKey } from '@/lib/text/search-key';
import type { MemberSearch } from './schema';

export const MEMBER_PAGE_SIZE = 50;

export interface MemberCursor {
  nameSearch: string;
  id: number;
}

export function encodeCursor(cursor: MemberCursor): string {
  return Buffer.from(JSON.stringify([cursor.nameSearch, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string | undefined): MemberCursor | null {
  if (!text) return null;
  try {
    const [nameSearch, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return typeof nameSearch === 'string' && Number.isInteger(id) ? { nameSearch, id } : null;
  } catch {
    return null;
  }
}

/**
 * One page of a union's active members in name order. Keyset pagination on (name_search, id):
 * every page costs the same index range scan, however deep (OFFSET would re-read skipped rows).
 */
export async function listUnitMembers(unitId: number, after: MemberCursor | null) {
  const rows = await db.member.findMany({
    where: {
      unitId,
      ...(after
        ? { OR: [{ nameSearch: { gt: after.nameSearch } }, { nameSearch: after.nameSearch, id: { gt: after.id } }] }
        : {}),
    },
    orderBy: [{ nameSearch: 'asc' }, { id: 'asc' }],
    take: MEMBER_PAGE_SIZE + 1,
    select: { id: true, fullName: true, nameSearch: true, gender: true, birthDate: true, jobTitle: true, cardNumber: true, phone: true },
  });
  const hasMore = rows.length > MEMBER_PAGE_SIZE;
  const page = rows.slice(0, MEMBER_PAGE_SIZE);
  const last = page.at(-1);
  return { members: page, next: hasMore && last ? encodeCursor({ nameSearch: last.nameSearch, id: last.id }) : null };
}

/** The 54 ethnic groups, in the official order (code), for the member forms. */
export async function listEthnicities() {
  return db.ethnicity.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true } });
}

export interface MemberScope {
  /** The unit that decides who may see the member: their open membership's, else their last one's. */
  unitId: number;
  path: string;
}

/**
 * A member and their whole membership history, if the actor may `action` on them; otherwise null,
 * exactly as for a member that does not exist. A member belongs to the unit of their open
 * membership (members.unit_path); a former member to the unit they last left, so their old union
 * can still find them (to rejoin, or to answer a question about the past).
 * Sensitive fields are not read here: see revealSensitive in mutations.ts, which audits each view.
 */
export async function getMember(actor: Actor | null, id: number, action: Action = 'member.view') {
  if (!actor || !Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const member = await db.member.findUnique({
    where: { id },
    select: {
      id: true, cccd: true, fullName: true, gender: true, birthDate: true, phone: true, jobTitle: true, cardNumber: true,
      unitId: true, unitPath: true, nationality: true, email: true, educationLevel: true, qualification: true,
      officialPosition: true, officialTrainedOn: true, appActivatedOn: true, version: true,
      unit: { select: { id: true, name: true } },
      memberships: {
        orderBy: [{ admittedOn: 'desc' }, { id: 'desc' }],
        select: { id: true, admittedOn: true, leftOn: true, leaveReason: true, leaveNote: true, unit: { select: { id: true, name: true, path: true } } },
      },
    },
  });
  if (!member) return null;
  const last = member.memberships[0];
  const scope: MemberScope | null = member.unitId && member.unitPath
    ? { unitId: member.unitId, path: member.unitPath }
    : last ? { unitId: last.unit.id, path: last.unit.path } : null;
  if (!scope || !can(actor, action, scope)) return null;
  return {
    ...member,
    scope,
    memberships: member.memberships.map((m) => ({ ...m, unit: { id: m.unit.id, name: m.unit.name, isInScope: can(actor, 'unit.view', m.unit) } })),
  };
}

export type MemberProfile = NonNullable<Awaited<ReturnType<typeof getMember>>>;

/** What a search text is: a CCCD, a phone number, or a name (which may also be a card number). */
export function classifyQuery(q: string): { kind: 'cccd' | 'phone'; value: string } | { kind: 'name'; words: string[]; key: string; card: string } {
  const compact = q.replace(/[\s.()-]/g, '');
  if (/^\d{12}$/.test(compact)) return { kind: 'cccd', value: compact };
  if (/^(0|\+?84)[1-9]\d{8}$/.test(compact)) return { kind: 'phone', value: compact.replace(/^\+?84/, '0') };
  const key = searchKey(q);
  return { kind: 'name', words: key.split(' ').filter(Boolean), key, card: q.replace(/\s/g, '').toUpperCase() };
}

/** Escapes LIKE's wildcards in user text. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function ageBandDates(band: MemberSearch['age']): { from?: Date; to?: Date } {
  if (!band) return {};
  const today = todayInVietnam();
  const yearsAgo = (years: number) => new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
  const [min, max] = band === '61+' ? [61, 200] : band.split('-').map(Number);
  // Aged min..max today: born after (today − (max+1) years) and on or before (today − min years).
  return { from: new Date(yearsAgo(max + 1).getTime() + 86_400_000), to: yearsAgo(min) };
}

/**
 * Members matching `search` inside the actor's scope, one keyset page in name order with the total.
 * Scope is a prefix range on the materialised path (members.unit_path for active members; the last
 * union's path for former ones), never a walk of the tree. Names match accent-insensitively on the
 * stored name_search: the whole text as a prefix (served by the text_pattern_ops index), or every
 * word as the start of some word of the name ("van an" finds "Nguyễn Văn An").
 */
export async function findMembers(actor: Actor, search: MemberSearch) {
  let roots = scopeRoots(actor, 'member.view');
  if (search.unit) {
    const unit = await db.unit.findUnique({ where: { id: search.unit }, select: { path: true } });
    roots = unit && can(actor, 'member.view', unit) ? [unit.path] : [];
  }
  if (roots.length === 0) return { members: [], total: 0, next: null };
  const former = search.status === 'former';
  const pathColumn = former ? Prisma.sql`last.path` : Prisma.sql`p.unit_path`;
  const conditions: Prisma.Sql[] = [
    Prisma.sql`(${Prisma.join(roots.map((root) => Prisma.sql`(${pathColumn} ~>=~ ${root} AND ${pathColumn} ~<~ ${`${root}:`})`), ' OR ')})`,
    former ? Prisma.sql`p.unit_id IS NULL` : Prisma.sql`p.unit_id IS NOT NULL`,
  ];
  if (search.q) {
    const query = classifyQuery(search.q);
    if (query.kind !== 'name') conditions.push(query.kind === 'cccd' ? Prisma.sql`p.cccd = ${query.value}` : Prisma.sql`p.phone = ${query.value}`);
    else {
      const allWords = query.words.map((w) => Prisma.sql`(' ' || p.name_search) LIKE ${`% ${likeEscape(w)}%`}`);
      conditions.push(Prisma.sql`(p.name_search LIKE ${`${likeEscape(query.key)}%`} OR (${Prisma.join(allWords, ' AND ')}) OR p.card_number = ${query.card})`);
    }
  }
  if (search.gender) conditions.push(Prisma.sql`p.gender = ${search.gender}::gender`);
  if (search.official) conditions.push(search.official === 'yes' ? Prisma.sql`p.official_position IS NOT NULL` : Prisma.sql`p.official_position IS NULL`);
  if (search.app) conditions.push(search.app === 'yes' ? Prisma.sql`p.app_activated_on IS NOT NULL` : Prisma.sql`p.app_activated_on IS NULL`);
  if (search.joinYear) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM memberships j WHERE j.member_id = p.id AND j.admitted_on >= ${`${search.joinYear}-01-01`}::date AND j.admitted_on < ${`${search.joinYear + 1}-01-01`}::date)`);
  }
  const { from, to } = ageBandDates(search.age);
  if (from) conditions.push(Prisma.sql`p.birth_date >= ${isoDate(from)}::date`);
  if (to) conditions.push(Prisma.sql`p.birth_date <= ${isoDate(to)}::date`);

  const lastJoin = former
    ? Prisma.sql`JOIN LATERAL (SELECT u.path, u.name FROM memberships m JOIN units u ON u.id = m.unit_id WHERE m.member_id = p.id ORDER BY m.admitted_on DESC, m.id DESC LIMIT 1) last ON true`
    : Prisma.sql`JOIN units cu ON cu.id = p.unit_id`;
  const where = Prisma.join(conditions, ' AND ');
  const cursor = decodeCursor(search.after);
  const keyset = cursor ? Prisma.sql`AND (p.name_search, p.id) > (${cursor.nameSearch}, ${cursor.id})` : Prisma.empty;
  const unitName = former ? Prisma.sql`last.name` : Prisma.sql`cu.name`;
  // Unfiltered active members: the total is the sum of the scope's counter rows (exact, kept in each
  // write's transaction) instead of counting every member row of a province (BENCHMARKS.md).
  const unfiltered = !former && !search.q && !search.gender && !search.official && !search.app && !search.joinYear && !search.age;
  const scopeUnits = Prisma.join(roots.map((root) => Prisma.sql`(d.path ~>=~ ${root} AND d.path ~<~ ${`${root}:`})`), ' OR ');
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ id: number; full_name: string; name_search: string; gender: 'male' | 'female'; birth_date: Date; card_number: string; unit_name: string }[]>`
      SELECT p.id, p.full_name, p.name_search, p.gender, p.birth_date, p.card_number, ${unitName} AS unit_name
      FROM members p ${lastJoin}
      WHERE ${where} ${keyset}
      ORDER BY p.name_search, p.id
      LIMIT ${MEMBER_PAGE_SIZE + 1}`,
    unfiltered
      ? db.$queryRaw<{ total: bigint }[]>`SELECT COALESCE(SUM(c.active_members), 0) AS total FROM units d JOIN unit_counters c ON c.unit_id = d.id WHERE ${scopeUnits}`
      : db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM members p ${lastJoin} WHERE ${where}`,
  ]);
  const page = rows.slice(0, MEMBER_PAGE_SIZE);
  const last = page.at(-1);
  return {
    members: page.map((r) => ({ id: r.id, fullName: r.full_name, gender: r.gender, birthDate: r.birth_date, cardNumber: r.card_number, unitName: r.unit_name })),
    total: Number(count.total),
    next: rows.length > MEMBER_PAGE_SIZE && last ? encodeCursor({ nameSearch: last.name_search, id: last.id }) : null,
  };
}

/** Units offered by the search page's unit filter: the actor's scope roots and their children. */
export async function listSearchUnits(actor: Actor) {
  const roots = scopeRoots(actor, 'member.view');
  if (roots.length === 0) return [];
  const rootUnits = await db.unit.findMany({ where: { path: { in: roots } }, select: { id: true, name: true, path: true } });
  const children = await db.unit.findMany({
    where: { parentId: { in: rootUnits.map((u) => u.id) }, status: 'active' },
    select: { id: true, name: true, path: true },
    orderBy: { name: 'asc' },
  });
  return [...rootUnits, ...children].map((u) => ({ id: u.id, name: u.name, depth: roots.includes(u.path) ? 0 : 1 }));
}
