// The one pipeline every server action goes through. Each action is a public endpoint (its id is in
// the page's HTML), so this wrapper does, in order: refuse a missing or foreign Origin header (Next
// runs an action POSTed without one) → read the session and load the actor's grants from the
// database → parse the input with zod. The handler then looks up the target's unit in the database,
// authorises with `authorize` below, checks invariants, writes in one transaction with its audit
// row, revalidates, and returns a small typed result.
import 'server-only';
import { headers } from 'next/headers';
import { z } from 'zod';
import type { ActionState, ErrorCode, ErrorMessage } from '@/lib/forms/action-state';
import { getActor } from './actor';
import { can, type Action, type Actor, type UnitPlace } from './policy';

/** Thrown inside a handler to end the action with a refusal; nothing is written. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: ErrorMessage = { key: `errors.${code}` },
    readonly fieldErrors?: Record<string, ErrorMessage[]>,
  ) {
    super(userMessage.key);
  }
}

function allowedOrigins(): string[] {
  return (process.env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Same-origin check on the Origin header: the host the browser used must be the host we serve. */
export async function isSameOrigin(): Promise<boolean> {
  const h = await headers();
  const origin = h.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = h.get('x-forwarded-host') ?? h.get('host');
  return originHost === host || allowedOrigins().some((allowed) => allowed === origin || allowed === originHost);
}

/**
 * Refuses with "not found" when the unit is outside every grant of the actor (so outsiders learn
 * nothing), and with "forbidden" when the actor sees the unit but their role does not allow `action`.
 */
export function authorize(actor: Actor, action: Action, unit: UnitPlace | null): asserts unit is UnitPlace {
  if (!unit || !can(actor, 'unit.view', unit)) throw new ActionError('notFound');
  if (!can(actor, action, unit)) throw new ActionError('forbidden');
}

/** The form's text fields; a repeated name (a group of checkboxes) becomes one comma-joined value. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

function zodFieldErrors(error: z.ZodError): Record<string, ErrorMessage[]> {
  const fieldErrors: Record<string, ErrorMessage[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    const key = issue.message.startsWith('errors.') ? issue.message : `errors.field.${issue.message}`;
    (fieldErrors[field] ??= []).push({ key });
  }
  return fieldErrors;
}

function refusal(code: ErrorCode, values: Record<string, string>, message?: ErrorMessage, fieldErrors?: Record<string, ErrorMessage[]>): ActionState<never> {
  return { status: 'error', code, message: message ?? { key: `errors.${code}` }, fieldErrors, values };
}

type Handler<S extends z.ZodType, T> = (input: z.output<S>, actor: Actor) => Promise<T>;

/** Wraps a handler into a form action `(previousState, formData) => ActionState`. */
export function secureAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>) {
  return async function action(_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> {
    const values = formValues(formData);
    if (!(await isSameOrigin())) return refusal('badOrigin', values);
    const actor = await getActor();
    if (!actor) return refusal('unauthenticated', values);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return refusal('invalid', values, undefined, zodFieldErrors(parsed.error));
    try {
      const data = await handler(parsed.data, actor);
      return { status: 'ok', data };
    } catch (error) {
      if (error instanceof ActionError) return refusal(error.code, values, error.userMessage, error.fieldErrors);
      console.error('server action failed', error);
      return refusal('server', values);
    }
  };
}
