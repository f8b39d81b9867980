// The signed-in shell: who you are, your scope, the navigation your roles allow, the language switch.
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { describeScope } from '@/lib/units/data';
import { MainNav } from '@/components/shell/main-nav';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { SessionKeepAlive } from '@/components/shell/session-keep-alive';

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const [t, scope] = await Promise.all([getTranslations(), describeScope(actor)]);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="no-print">
        <div className="bg-brand-700 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
            <span className="text-lg font-semibold">{t('app.name')}</span>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span data-testid="current-user">{actor.displayName}</span>
              <LanguageSwitch />
              <SignOutButton />
            </div>
          </div>
          <div className="mx-auto max-w-6xl px-4 pb-2">
            <MainNav actor={actor} />
          </div>
        </div>
        <div className="border-b border-slate-200 bg-white">
          <p className="mx-auto max-w-6xl px-4 py-2 text-sm text-slate-700" data-testid="current-scope">
            <span className="font-semibold">{t('shell.scope')}: </span>
            {scope.length ? scope.map((s) => `${s.unitName} (${t(`roles.${s.role}`)})`).join('; ') : t('shell.noScope')}
          </p>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <SessionKeepAlive />
    </div>
  );
}
