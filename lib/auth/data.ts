// Reads for authentication: the account behind a sign-in, the actor behind a session, and the
// recent sign-in attempts that decide a lock-out.
import 'server-only';
import { db } from '@/lib/db';
import type { Actor, Role } from './policy';

export async function findAccountForSignIn(identifier: string) {
  return db.user.findFirst({
    where: { OR: [{ email: identifier }, { username: identifier }] },
    select: { id: true, displayName: true, passwordHash: true, isActive: true },
  });
}

/** The actor with grants read from the database on every request, never from the token. */
export async function loadActor(userId: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      isActive: true,
      grants: { select: { role: true, unitId: true, unit: { select: { path: true } } }, orderBy: { id: 'asc' } },
    },
  });
  if (!user || !user.isActive) return null;
  return {
    userId: user.id,
    displayName: user.displayName,
    grants: user.grants.map((g) => ({ role: g.role as Role, unitId: g.unitId, unitPath: g.unit.path })),
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
