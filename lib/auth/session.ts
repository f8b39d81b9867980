// The user id in the signed session cookie (JWT), or null. Nothing else is trusted from the token.
import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './options';

export async function readSessionUserId(): Promise<number | null> {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  return Number.isInteger(id) && id > 0 ? id : null;
}
