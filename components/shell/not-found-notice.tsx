// "Not found", with the line that tells a user why: the scope they hold. The same page answers for a
// unit that does not exist and one outside the scope, so it reveals nothing about other branches.
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { describeScope } from '@/lib/units/data';
import { ButtonLink } from '@/components/ui/button';

export async function NotFoundNotice() {
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const scope = actor ? await describeScope(actor) : [];
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-6">
      <h1 id="not-found-title" className="mb-2 text-xl font-semibold">
        {t('notFound.title')}
      </h1>
      <p className="mb-3">{t('notFound.body')}</p>
      {actor ? (
        <p className="mb-4 text-sm text-slate-700" data-testid="why-not-found">
          {scope.length
            ? t('notFound.why', { scope: scope.map((s) => `${s.unitName} (${t(`roles.${s.role}`)})`).join('; ') })
            : t('notFound.whyNoScope')}
        </p>
      ) : null}
      <ButtonLink href="/" variant="secondary">
        {t('notFound.home')}
      </ButtonLink>
    </section>
  );
}
