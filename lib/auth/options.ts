// next-auth (v4) configuration: credentials sign-in with argon2id hashes, JWT sessions that carry
// only the user id. Grants are loaded from the database per request (lib/auth/actor.ts).
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { signInSchema } from './schema';
import { findAccountForSignIn } from './data';
import { recordSignInAttempt } from './mutations';
import { lockedUntil } from './lockout';
import { dummyPasswordHash, verifyPassword } from './password';

/** Idle timeout: the session cookie is re-issued while the user is active (see SessionKeepAlive). */
export const SESSION_IDLE_SECONDS = Number(process.env.SESSION_IDLE_HOURS ?? 8) * 3600;

/** Codes the sign-in page translates; next-auth passes a thrown error's message to the client. */
export const SIGN_IN_ERRORS = { invalid: 'CredentialsSignin', locked: 'locked', inactive: 'inactive' } as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { identifier: { type: 'text' }, password: { type: 'password' } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { identifier, password } = parsed.data;
        if (await lockedUntil(identifier)) throw new Error(SIGN_IN_ERRORS.locked);
        const account = await findAccountForSignIn(identifier);
        const isValid = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
        await recordSignInAttempt(identifier, !!account && isValid);
        if (!account || !isValid) return null;
        if (!account.isActive) throw new Error(SIGN_IN_ERRORS.inactive);
        return { id: String(account.id), name: account.displayName };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
