// The unit profile's initiatives. A grassroots union (or a group) lists its own initiatives by its
// id with their count and value; a ward union or federation shows its subtree's count and value per
// year. Shown under the registers' rule: the reader may view the unit.
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, type Actor } from '@/lib/auth/policy';
import type { UnitKind } from '@/lib/generated/prisma/client';
import { OWN_HONOURS_KINDS } from '@/lib/awards/schema';
import { initiativeTotalsByYear, listUnitInitiatives } from '@/lib/initiatives/data';
import { formatNumber, formatVnd, type Locale } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/table';
import { ProfileInitiativesTable } from './profile-initiatives-table';

export async function UnitInitiatives({ actor, unit }: { actor: Actor; unit: { id: number; kind: UnitKind; path: string } }) {
  if (!can(actor, 'unit.view', unit)) return null;
  const [t, locale] = await Promise.all([getTranslations('initiatives'), getLocale() as Promise<Locale>]);
  const registerLink = (
    <Link href={`/initiatives?unit=${unit.id}`} className="text-sm text-brand-700 underline">
      {t('profile.register')}
    </Link>
  );
  if ((OWN_HONOURS_KINDS as readonly UnitKind[]).includes(unit.kind)) {
    const own = await listUnitInitiatives(unit.id);
    return (
      <section aria-labelledby="unit-initiatives-heading" className="my-8">
        <h2 id="unit-initiatives-heading" className="mb-3 text-lg font-semibold">{t('profile.title')}</h2>
        {own.count === 0 ? (
          <p className="text-sm text-slate-600">{t('profile.unitEmpty')}</p>
        ) : (
          <>
            <p className="mb-2" data-testid="unit-initiative-totals">
              {t('totals', { count: formatNumber(own.count, locale), value: formatVnd(own.valueVnd, locale) })}
            </p>
            <ProfileInitiativesTable initiatives={own.initiatives} labelledBy="unit-initiatives-heading" />
          </>
        )}
        <p className="mt-2">{registerLink}</p>
      </section>
    );
  }
  const years = await initiativeTotalsByYear(unit.path);
  return (
    <section aria-labelledby="unit-initiatives-heading" className="my-8">
      <h2 id="unit-initiatives-heading" className="mb-3 text-lg font-semibold">{t('profile.byYearTitle')}</h2>
      {years.length === 0 ? (
        <p className="text-sm text-slate-600">{t('profile.subtreeEmpty')}</p>
      ) : (
        <DataTable labelledBy="unit-initiatives-heading" columns={[{ label: t('year') }, { label: t('profile.count'), className: 'text-right' }, { label: t('columns.value'), className: 'text-right' }]}>
          {years.map((row) => (
            <tr key={row.year} className="border-t border-slate-100" data-testid="initiative-year">
              <td className="px-3 py-2 tabular-nums">{row.year}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.count, locale)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatVnd(row.valueVnd, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="mt-2">{registerLink}</p>
    </section>
  );
}
