import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/lib/i18n/actions';
import { LOCALES } from '@/lib/i18n/config';

/** Two small buttons; a plain form post, so it works before JavaScript loads. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations('language');
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t('label')}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          className="rounded px-2 py-1 aria-pressed:bg-white aria-pressed:font-semibold aria-pressed:text-brand-800 hover:underline"
        >
          {code === 'vi' ? 'VI' : 'EN'}
          <span className="sr-only"> – {t(code)}</span>
        </button>
      ))}
    </form>
  );
}
