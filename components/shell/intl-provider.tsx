'use client';
// The messages client components read, from this module: bundled once for the browser (and cached
// there), and loaded once by the server. Rendered from the root layout without `messages`,
// next-intl's provider took the whole catalogue (45 kB) as a prop, serialised into every page's RSC
// payload: 8–10 ms of the 37–57 ms of server CPU a list, units or dashboard page cost (BENCHMARKS.md,
// "Fourth session"), and 50 kB more of every page for a phone to fetch.
import { NextIntlClientProvider } from 'next-intl';
import vi from '@/lib/i18n/messages/vi';
import en from '@/lib/i18n/messages/en';
import type { AppLocale } from '@/lib/i18n/config';

const MESSAGES = { vi, en } as const;

export function IntlProvider({ locale, timeZone, children }: { locale: AppLocale; timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={MESSAGES[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
