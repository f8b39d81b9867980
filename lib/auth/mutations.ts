import 'server-only';
import { db } from '@/lib/db';

export async function recordSignInAttempt(identifier: string, succeeded: boolean) {
  await db.loginAttempt.create({ data: { identifier, succeeded } });
}
