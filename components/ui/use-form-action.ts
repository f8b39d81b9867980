'use client';
// The state every action form here needs: the action's result, per-field translated errors, and
// the values to put back into a refused form.
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { idle, type ActionState, type ErrorMessage } from '@/lib/forms/action-state';

export function useFormAction<T>(action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, idle as ActionState<T>);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  // Remount on each outcome so fields take the kept (or emptied) values as their defaults.
  const formKey = state.status === 'ok' ? `ok-${JSON.stringify(state.data)}` : JSON.stringify(values);
  return { t, state, formAction, pending, tr, errorsOf, values, formKey };
}
