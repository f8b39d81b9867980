// Runs before each integration test file: clones the migrated template into this file's own
// database and points the app's Prisma client at it.
import { inject, vi } from 'vitest';
import pg from 'pg';

vi.mock('next/headers', async () => {
  const { request } = await import('../support/request-context');
  return {
    headers: async () => {
      const h = new Headers({ host: request.host });
      if (request.origin !== null) h.set('origin', request.origin);
      return h;
    },
    cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, has: () => false }),
  };
});
vi.mock('next/cache', async () => {
  const { revalidated } = await import('../support/request-context');
  return { revalidatePath: (path: string) => void revalidated.push(path), revalidateTag: () => undefined };
});
vi.mock('@/lib/auth/session', async () => {
  const { request } = await import('../support/request-context');
  return { readSessionUserId: async () => request.userId };
});

const adminUrl = inject('pgAdminUrl');
const name = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('pgTemplate')}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
// A worker may run several files; never reuse a client bound to another file's database.
(globalThis as { prisma?: unknown }).prisma = undefined;
