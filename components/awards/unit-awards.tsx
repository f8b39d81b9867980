// The unit profile's awards. A grassroots union (or a group) lists the awards it received as a
// collective, by its id; a ward union or federation shows its subtree's collectives and individuals
// honoured per year. Shown under the registers' rule: the reader may view the unit.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, type Actor } from '@/lib/auth/policy';
import type { UnitKind } from '@/lib/generated/prisma/client';
import { OWN_HONOURS_KINDS } from '@/lib/awards/schema';
import { awardTotalsByYear, listRecipientAwards } from '@/lib/awards/data';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/table';
import { RecipientAwardsTable } from './recipient-awards-table';

export async function UnitAwards({ actor, unit }: { actor: Actor; unit: { id: number; kind: UnitKind; path: string } }) {
  if (!can(actor, 'unit.view', unit)) return null;
  const t = await getTranslations('awards.profile');
  const registerLink = (
    <Link href={`/awards?unit=${unit.id}`} className="text-sm text-brand-700 underline">
      {t('register')}
    </Link>
  );
  if ((OWN_HONOURS_KINDS as readonly UnitKind[]).includes(unit.kind)) {
    const awards = await listRecipientAwards({ recipientUnitId: unit.id });
    return (
      <section aria-labelledby="unit-awards-heading" className="my-8">
        <h2 id="unit-awards-heading" className="mb-3 text-lg font-semibold">{t('collectiveTitle')}</h2>
        {awards.length === 0 ? <p className="text-sm text-slate-600">{t('collectiveEmpty')}</p> : <RecipientAwardsTable awards={awards} labelledBy="unit-awards-heading" />}
        <p className="mt-2">{registerLink}</p>
      </section>
    );
  }
  const [locale, years] = await Promise.all([getLocale() as Promise<Locale>, awardTotalsByYear(unit.path)]);
  return (
    <section aria-labelledby="unit-awards-heading" className="my-8">
      <h2 id="unit-awards-heading" className="mb-3 text-lg font-semibold">{t('byYearTitle')}</h2>
      {years.length === 0 ? (
        <p className="text-sm text-slate-600">{t('subtreeEmpty')}</p>
      ) : (
        <DataTable labelledBy="unit-awards-heading" columns={[{ label: t('year') }, { label: t('collectives'), className: 'text-right' }, { label: t('individuals'), className: 'text-right' }]}>
          {years.map((row) => (
            <tr key={row.year} className="border-t border-slate-100" data-testid="award-year">
              <td className="px-3 py-2 tabular-nums">{row.year}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.collectives, locale)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.individuals, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="mt-2">{registerLink}</p>
    </section>
  );
}
