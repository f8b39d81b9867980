// Sends signed-out visitors to the sign-in page before a page renders. A convenience only, never
// the guard: every page, action and route handler checks the session and scope itself.
import { withAuth } from 'next-auth/middleware';

export default withAuth({ pages: { signIn: '/login' } });

export const config = {
  matcher: ['/((?!login|api/auth|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
