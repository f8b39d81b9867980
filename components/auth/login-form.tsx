'use client';
// Sign-in goes through next-auth's credentials endpoint; the form shows its refusals in words.
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { InputField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

const ERROR_KEYS: Record<string, 'invalid' | 'locked' | 'inactive'> = {
  CredentialsSignin: 'invalid',
  locked: 'locked',
  inactive: 'inactive',
};

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get('identifier') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!identifier || !password) {
      setError(t('errors.required'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { identifier, password, redirect: false });
      if (result?.ok && !result.error) {
        // A full navigation so every server component renders with the new session.
        window.location.assign(safeCallback(callbackUrl));
        return;
      }
      setError(t(`errors.${ERROR_KEYS[result?.error ?? ''] ?? 'server'}`));
    } catch {
      setError(t('errors.server'));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-describedby="login-error">
      <InputField name="identifier" label={t('identifier')} autoComplete="username" required autoCapitalize="none" spellCheck={false} />
      <InputField name="password" type="password" label={t('password')} autoComplete="current-password" required />
      <div id="login-error" aria-live="assertive" className="min-h-6 text-sm text-red-700">
        {error}
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
