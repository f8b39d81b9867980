'use client';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('auth');
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/login' })} className="rounded px-2 py-1 text-sm underline-offset-2 hover:underline">
      {t('signOut')}
    </button>
  );
}
