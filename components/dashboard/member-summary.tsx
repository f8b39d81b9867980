// Gross admissions against net growth (the figure congress reports confuse most), members, women's share.
import { getTranslations } from 'next-intl/server';
import { formatNumber, formatPercent, type Locale } from '@/lib/i18n/format';
import type { Dashboard } from '@/lib/dashboard/data';

export async function MemberSummary({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const f = dashboard.figures;
  const net = f.opened - f.closed;
  const cards: [string, string, string][] = [
    ['members', t('activeMembers'), formatNumber(f.members, locale)],
    ['women', t('womenShare'), dashboard.womenShare === null ? '—' : formatPercent(dashboard.womenShare / 100, locale)],
    ['gross', t('gross'), formatNumber(f.admitted, locale)],
    ['net', t('net'), `${net > 0 ? '+' : ''}${formatNumber(net, locale)}`],
    ['leavers', t('leavers'), formatNumber(f.closed, locale)],
    ['grassroots', t('grassrootsUnits'), formatNumber(f.grassroots, locale)],
  ];
  return (
    <section aria-labelledby="summary-heading" className="mb-6">
      <h2 id="summary-heading" className="mb-2 text-lg font-semibold">{t('summary')}</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {cards.map(([key, label, value]) => (
          <div key={key} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`summary-${key}`}>
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-700">{t('grossVsNet', { gross: formatNumber(f.admitted, locale), net: formatNumber(net, locale) })}</p>
    </section>
  );
}
