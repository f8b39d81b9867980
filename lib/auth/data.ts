// Reads for authentication: the account behind a sign-in, the actor behind a session, and the
// recent sign-in attempts that decide a lock-out.
import 'server-only';
import { db, prepared } from '@/lib/db';
import type { Actor, Role } from './policy';

export async function findAccountForSignIn(identifier: string) {
  return db.user.findFirst({
    where: { OR: [{ email: identifier }, { username: identifier }] },
    select: { id: true, displayName: true, passwordHash: true, isActive: true },
  });
}

/**
 * The actor with grants read from the database on every request, never from the token. One
 * statement: every page and every action starts here, and the nested Prisma read it replaces sent
 * three in a row (user, grants, their units).
 */
export async function loadActor(userId: number): Promise<Actor | null> {
  if (!Number.isSafeInteger(userId) || userId <= 0 || userId > 2_147_483_647) return null;
  const rows = await db.$queryRaw<{ id: number; display_name: string; is_active: boolean; role: string | null; unit_id: number | null; path: string | null }[]>`${prepared}
    SELECT u.id, u.display_name, u.is_active, g.role::text AS role, g.unit_id, un.path
    FROM users u
    LEFT JOIN role_grants g ON g.user_id = u.id
    LEFT JOIN units un ON un.id = g.unit_id
    WHERE u.id = ${userId}
    ORDER BY g.id`;
  const [user] = rows;
  if (!user || !user.is_active) return null;
  return {
    userId: user.id,
    displayName: user.display_name,
    grants: rows.flatMap((g) => (g.role !== null && g.unit_id !== null && g.path !== null ? [{ role: g.role as Role, unitId: g.unit_id, unitPath: g.path }] : [])),
  };
}

/** Failed attempts since the last success, newest first, at most `limit`. */
export async function recentFailedAttempts(identifier: string, since: Date, limit: number) {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { identifier, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  return db.loginAttempt.findMany({
    where: { identifier, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { createdAt: true },
  });
}
