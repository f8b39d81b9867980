import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

interface Crumb {
  id: number;
  name: string;
  shortName: string | null;
  isInScope: boolean;
}

/** The parent chain, root first; ancestors outside the scope are named but not linked. */
export async function UnitBreadcrumb({ chain, current }: { chain: Crumb[]; current: string }) {
  const t = await getTranslations('shell');
  return (
    <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        {chain.map((unit) => (
          <li key={unit.id} className="flex items-center gap-1">
            {unit.isInScope ? (
              <Link href={`/units/${unit.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {unit.shortName ?? unit.name}
              </Link>
            ) : (
              <span>{unit.shortName ?? unit.name}</span>
            )}
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="font-semibold text-slate-900">
          {current}
        </li>
      </ol>
    </nav>
  );
}
