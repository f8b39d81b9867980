// Exporting the filtered member list: a plain GET form to the export route (a download, no
// JavaScript needed). Sensitive columns need the box ticked, and the box is offered only to people
// allowed to see them.
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';

export async function MemberExportForm({ filters, maySeeSensitive }: { filters: Record<string, string | number | undefined>; maySeeSensitive: boolean }) {
  const t = await getTranslations('memberExport');
  return (
    <form method="get" action="/members/export" className="mt-6 flex flex-col gap-2 rounded-md border border-slate-200 p-3 sm:p-4" aria-labelledby="export-heading">
      <h2 id="export-heading" className="font-semibold">{t('title')}</h2>
      <p className="text-sm text-slate-600">{t('hint')}</p>
      {Object.entries(filters).map(([key, value]) => (value === undefined ? null : <input key={key} type="hidden" name={key} value={String(value)} />))}
      {maySeeSensitive ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="sensitive" value="1" className="mt-1 h-5 w-5" />
          <span>{t('sensitive')}</span>
        </label>
      ) : null}
      <div>
        <Button type="submit" variant="secondary">{t('submit')}</Button>
      </div>
    </form>
  );
}
