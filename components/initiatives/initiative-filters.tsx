import { getTranslations } from 'next-intl/server';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '@/lib/initiatives/schema';
import { SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

interface Props {
  units: { id: number; name: string }[];
  selected: { unitId: number; year?: number; kind?: string; status?: string };
  years: number[];
}

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export async function InitiativeFilters({ units, selected, years }: Props) {
  const t = await getTranslations('initiatives');
  return (
    <form method="get" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" aria-label={t('filters')}>
      <SelectField name="unit" label={t('unit')} defaultValue={String(selected.unitId)} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
      <SelectField name="year" label={t('year')} placeholder={t('allYears')} defaultValue={selected.year ? String(selected.year) : ''} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <SelectField name="kind" label={t('kind')} placeholder={t('allKinds')} defaultValue={selected.kind ?? ''} options={INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <SelectField name="status" label={t('status')} placeholder={t('allStatuses')} defaultValue={selected.status ?? ''} options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <div className="flex items-end">
        <Button type="submit" variant="secondary" className="w-full">
          {t('apply')}
        </Button>
      </div>
    </form>
  );
}
