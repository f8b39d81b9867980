// The list's filters as a plain GET form: it works without JavaScript, and the URL it produces is
// the filter (bookmarkable, shareable, and what the export link repeats).
import { getTranslations } from 'next-intl/server';
import { CBA_STATUSES, SECTORS, UNIT_KINDS, UNIT_SORTS, UNIT_STATUSES, type UnitListFilter } from '@/lib/units/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button, ButtonLink } from '@/components/ui/button';

export async function UnitListFilters({ filter }: { filter: UnitListFilter }) {
  const t = await getTranslations('units');
  const any = t('list.any');
  return (
    <form method="get" action="/units" role="search" aria-label={t('list.filters')} className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <InputField name="q" type="search" label={t('list.search')} hint={t('list.searchHint')} defaultValue={filter.q ?? ''} />
      </div>
      <SelectField name="kind" label={t('kindLabel')} placeholder={any} defaultValue={filter.kind ?? ''}
        options={UNIT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))} />
      <SelectField name="sector" label={t('sectorLabel')} placeholder={any} defaultValue={filter.sector ?? ''}
        options={SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))} />
      <SelectField name="cba" label={t('cbaLabel')} placeholder={any} defaultValue={filter.cba ?? ''}
        options={CBA_STATUSES.map((value) => ({ value, label: t(`cba.${value}`) }))} />
      <SelectField name="status" label={t('statusLabel')} placeholder={any} defaultValue={filter.status ?? ''}
        options={UNIT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))} />
      <InputField name="year" type="number" inputMode="numeric" min={1900} max={2100} label={t('list.year')} defaultValue={filter.year ?? ''} />
      <SelectField name="sort" label={t('list.sort')} defaultValue={filter.sort}
        options={UNIT_SORTS.map((value) => ({ value, label: t(`list.sortBy.${value}`) }))} />
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t('list.apply')}</Button>
        <ButtonLink href="/units" variant="secondary">{t('list.reset')}</ButtonLink>
      </div>
    </form>
  );
}
