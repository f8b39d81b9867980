import type { Metadata, Viewport } from 'next';
import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { IntlProvider } from '@/components/shell/intl-provider';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/config';
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('fullName'), template: `%s · ${t('name')}` } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <IntlProvider locale={isLocale(locale) ? locale : DEFAULT_LOCALE} timeZone={timeZone}>{children}</IntlProvider>
      </body>
    </html>
  );
}
