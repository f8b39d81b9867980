// next-intl's per-request configuration: the locale from the cookie the language switch sets,
// then the browser's Accept-Language, then Vietnamese.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from './config';

export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage((await headers()).get('accept-language'));
  const messages = (await import(`./messages/${locale}/index.ts`)).default;
  return { locale, messages, timeZone: 'Asia/Ho_Chi_Minh' };
});
