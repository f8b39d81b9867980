import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { LoginForm } from '@/components/auth/login-form';
import { LanguageSwitch } from '@/components/shell/language-switch';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('title') };
}

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  if (await getActor()) redirect('/');
  const { callbackUrl } = await searchParams;
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="flex items-center justify-between rounded-t-lg bg-brand-700 px-4 py-3 text-white">
          <span className="font-semibold">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        <div className="rounded-b-lg border border-t-0 border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-xl font-semibold">{t('auth.title')}</h1>
          <p className="mb-5 text-sm text-slate-600">{t('auth.intro')}</p>
          <LoginForm callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
        </div>
      </div>
    </main>
  );
}
