// Sign-in lock-out: after MAX_FAILURES failed attempts on one account within WINDOW, further attempts
// are refused until WINDOW has passed since the last of them. Attempts are rows in PostgreSQL, so the
// rule holds across app instances and restarts. Unknown accounts are counted the same way, so the
// lock-out reveals nothing about which accounts exist.
import 'server-only';
import { recentFailedAttempts } from './data';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

/** Returns when the lock ends, or null when the account may try now. */
export async function lockedUntil(identifier: string, now = new Date()): Promise<Date | null> {
  const failures = await recentFailedAttempts(identifier, new Date(now.getTime() - 2 * WINDOW_MS), MAX_FAILURES);
  if (failures.length < MAX_FAILURES) return null;
  const newest = failures[0].createdAt.getTime();
  const oldest = failures[MAX_FAILURES - 1].createdAt.getTime();
  if (newest - oldest > WINDOW_MS) return null;
  const until = newest + WINDOW_MS;
  return until > now.getTime() ? new Date(until) : null;
}
