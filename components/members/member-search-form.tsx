// The search form of the members page: a plain GET form (works without JavaScript, results are a
// link). Filters narrow within the reader's scope; the server ignores any it does not recognise.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { AGE_BANDS, type MemberSearch } from '@/lib/members/schema';

interface Props {
  values: Omit<MemberSearch, 'after'>;
  units: { id: number; name: string; depth: number }[];
}

export async function MemberSearchForm({ values, units }: Props) {
  const t = await getTranslations();
  const s = (key: string) => t(`memberSearch.${key}`);
  const any = s('any');
  const v = (value: unknown) => (value === undefined ? '' : String(value));
  return (
    <form method="get" action="/members" role="search" className="flex flex-col gap-4 rounded-md border border-slate-200 p-3 sm:p-4">
      <InputField name="q" type="search" label={s('query')} hint={s('queryHint')} defaultValue={v(values.q)} autoComplete="off" />
      <details open={Object.entries(values).some(([key, value]) => key !== 'q' && value !== undefined)}>
        <summary className="cursor-pointer font-semibold">{s('filters')}</summary>
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField name="unit" label={s('unit')} placeholder={s('allUnits')} options={units.map((u) => ({ value: String(u.id), label: `${u.depth ? '— ' : ''}${u.name}` }))} defaultValue={v(values.unit)} />
          <SelectField name="status" label={s('status')} options={[{ value: 'active', label: s('statusActive') }, { value: 'former', label: s('statusFormer') }]} defaultValue={v(values.status) || 'active'} />
          <SelectField name="gender" label={t('member.gender')} placeholder={any} options={[{ value: 'female', label: t('member.genderOption.female') }, { value: 'male', label: t('member.genderOption.male') }]} defaultValue={v(values.gender)} />
          <SelectField name="age" label={s('age')} placeholder={any} options={AGE_BANDS.map((band) => ({ value: band, label: band }))} defaultValue={v(values.age)} />
          <SelectField name="official" label={s('official')} placeholder={any} options={[{ value: 'yes', label: s('yes') }, { value: 'no', label: s('no') }]} defaultValue={v(values.official)} />
          <SelectField name="app" label={s('app')} placeholder={any} options={[{ value: 'yes', label: s('yes') }, { value: 'no', label: s('no') }]} defaultValue={v(values.app)} />
          <InputField name="joinYear" label={s('joinYear')} inputMode="numeric" maxLength={4} placeholder="2026" defaultValue={v(values.joinYear)} />
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{s('submit')}</Button>
        <Link href="/members" className="underline">
          {s('reset')}
        </Link>
      </div>
    </form>
  );
}
