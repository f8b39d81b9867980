// Member reads, scoped: callers pass a unit they have already resolved through the actor's scope.
import 'server-only';
import { db } from '@/lib/db';

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
