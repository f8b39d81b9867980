'use server';
// The language switch. It needs no session (the sign-in page has it too) but keeps the Origin check.
import { cookies } from 'next/headers';
import { isSameOrigin } from '@/lib/auth/secure-action';
import { isLocale, LOCALE_COOKIE } from './config';

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!(await isSameOrigin()) || !isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
}
