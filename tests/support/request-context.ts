// The request a server action sees under Vitest: Origin/Host headers and the signed-in user id.
// Only Next's request plumbing is replaced (next/headers, next/cache, the session cookie reader);
// the database, the policy and the actions are the real ones.
export const request: { origin: string | null; host: string; userId: number | null } = {
  origin: 'http://localhost:3000',
  host: 'localhost:3000',
  userId: null,
};

export function actAs(userId: number | null, options: { origin?: string | null } = {}) {
  request.userId = userId;
  request.origin = options.origin === undefined ? 'http://localhost:3000' : options.origin;
}

export const revalidated: string[] = [];
