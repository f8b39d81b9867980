// Sign-in through next-auth's credentials `authorize` with real hashes and real attempt rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { lockedUntil, MAX_FAILURES, WINDOW_MS } from '@/lib/auth/lockout';
import { createFixtureTree, FIXTURE_PASSWORD } from '../support/fixtures';

type Authorize = (credentials: Record<string, string>) => Promise<{ id: string; name: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const attempt = (identifier: string, password: string) => authorize({ identifier, password });

beforeAll(async () => {
  await createFixtureTree();
});

describe('sign-in', () => {
  it('accepts email or username, case-insensitively, and returns only the id and name', async () => {
    expect(await attempt('chairG1@TEST.vn', FIXTURE_PASSWORD)).toMatchObject({ name: 'chairG1' });
    const user = await attempt('chairg1', FIXTURE_PASSWORD);
    expect(Object.keys(user ?? {}).sort()).toEqual(['id', 'name']);
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    expect(await attempt('chairg3', 'wrong')).toBeNull();
    expect(await attempt('nobody@test.vn', 'wrong')).toBeNull();
  });

  it('refuses an inactive account even with the right password', async () => {
    await expect(attempt('inactivechairg1', FIXTURE_PASSWORD)).rejects.toThrow('inactive');
  });

  it(`locks an account after ${MAX_FAILURES} failures within 15 minutes, in the database`, async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect(await attempt('staffa2', `wrong-${i}`)).toBeNull();
    // Even the right password is refused now, and the refusal is not counted as another failure.
    await expect(attempt('staffa2', FIXTURE_PASSWORD)).rejects.toThrow('locked');
    expect(await db.loginAttempt.count({ where: { identifier: 'staffa2', succeeded: false } })).toBe(MAX_FAILURES);
    // Other accounts are unaffected.
    expect(await attempt('staffa1', FIXTURE_PASSWORD)).not.toBeNull();
  });

  it('lifts the lock 15 minutes after the last failure', async () => {
    const until = await lockedUntil('staffa2');
    expect(until).not.toBeNull();
    expect(await lockedUntil('staffa2', new Date(until!.getTime() + 1))).toBeNull();
    // Failures spread over more than the window do not lock.
    const old = new Date(Date.now() - WINDOW_MS - 60_000);
    await db.loginAttempt.createMany({
      data: [old, old, old, old].map((createdAt) => ({ identifier: 'leadera1', succeeded: false, createdAt })),
    });
    expect(await attempt('leadera1', 'wrong')).toBeNull();
    expect(await lockedUntil('leadera1')).toBeNull();
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) await attempt('admin', 'wrong');
    expect(await attempt('admin', FIXTURE_PASSWORD)).not.toBeNull();
    await attempt('admin', 'wrong');
    expect(await lockedUntil('admin')).toBeNull();
  });
});
