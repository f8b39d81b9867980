import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber, formatPercent, type Locale } from '@/lib/i18n/format';

export async function UnitTotals({ totals }: { totals: { activeMembers: number; activeWomen: number; grassrootsUnits: number } }) {
  const [t, locale] = await Promise.all([getTranslations('units'), getLocale() as Promise<Locale>]);
  const share = totals.activeMembers ? totals.activeWomen / totals.activeMembers : 0;
  return (
    <p className="text-slate-700" data-testid="unit-totals">
      {t('totals', {
        members: formatNumber(totals.activeMembers, locale),
        women: formatNumber(totals.activeWomen, locale),
        share: formatPercent(share, locale),
        grassroots: formatNumber(totals.grassrootsUnits, locale),
      })}
    </p>
  );
}
