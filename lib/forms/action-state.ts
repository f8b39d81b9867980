// The typed result every server action returns, shared by actions and the forms that show it.
// Messages are keys into the message files (errors.*), translated where they are shown, so the
// same action serves both languages and tests can assert on stable codes.

export type ErrorCode =
  | 'unauthenticated' // no session, or the account was deactivated
  | 'badOrigin' // missing or foreign Origin header
  | 'invalid' // see fieldErrors
  | 'notFound' // does not exist, or outside the caller's scope (deliberately the same)
  | 'forbidden' // in scope, but the role does not allow it
  | 'conflict' // an invariant refused it; see message
  | 'server'; // unexpected: logged on the server, nothing written

export interface ErrorMessage {
  key: string;
  params?: Record<string, string | number>;
}

export type ActionState<T = unknown> =
  | { status: 'idle' }
  | { status: 'ok'; data: T; message?: ErrorMessage }
  | {
      status: 'error';
      code: ErrorCode;
      message: ErrorMessage;
      /** field name → message keys */
      fieldErrors?: Record<string, ErrorMessage[]>;
      /** what the user typed, so a refused form keeps it */
      values?: Record<string, string>;
    };

export const idle: ActionState<never> = { status: 'idle' };
