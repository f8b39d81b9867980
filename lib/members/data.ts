// Member reads, scoped: callers pass a unit they have already resolved through the actor's scope.
import 'server-only';
import { db } from '@/lib/db';
import { can, type Action, type Actor } from '@/lib/auth/policy';

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
