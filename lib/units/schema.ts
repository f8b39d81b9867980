// Zod schemas and the vocabularies of the unit pages (sectors, CBA statuses, list filters), shared by
// the pages, the export route and the data functions. No database here.
import { z } from 'zod';

export const UNIT_KINDS = ['confederation', 'federation', 'ward_union', 'grassroots', 'group'] as const;
export const UNIT_STATUSES = ['active', 'merged', 'dissolved'] as const;
export const SECTORS = [
  'state_enterprise', 'non_state_enterprise', 'foreign_invested', 'administrative_agency',
  'public_service_unit', 'cooperative', 'informal', 'non_public_education', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** A collective agreement is "expiring" when it ends within this many days. */
export const CBA_EXPIRING_DAYS = 90;
export const CBA_STATUSES = ['none', 'valid', 'expiring', 'expired'] as const;
export type CbaStatus = (typeof CBA_STATUSES)[number];

/** The CBA status on `today` (a UTC-midnight date): the same rule the list filter writes in SQL. */
export function cbaStatus(expiresOn: Date | null, today: Date): CbaStatus {
  if (!expiresOn) return 'none';
  if (expiresOn < today) return 'expired';
  const days = (expiresOn.getTime() - today.getTime()) / 86_400_000;
  return days <= CBA_EXPIRING_DAYS ? 'expiring' : 'valid';
}

export const UNIT_SORTS = ['name', 'members', 'founded'] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

// Query-string values are untrusted: anything unknown falls back to "no filter" rather than an error,
// so an old bookmarked link still opens a list.
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

export const unitListFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  kind: optionalEnum(UNIT_KINDS),
  sector: optionalEnum(SECTORS),
  cba: optionalEnum(CBA_STATUSES),
  status: optionalEnum(UNIT_STATUSES),
  year: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
  sort: z.enum(UNIT_SORTS).catch('name').default('name'),
  after: z.string().max(500).optional().catch(undefined),
});
export type UnitListFilter = z.output<typeof unitListFilterSchema>;

/** Reads the filter from a page's searchParams or a URL's query (first value of repeated keys). */
export function parseUnitListFilter(params: Record<string, string | string[] | undefined>): UnitListFilter {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ''));
  return unitListFilterSchema.parse(first);
}

/** The filter as a query string (without the cursor), for links, the export and the next page. */
export function unitListQuery(filter: UnitListFilter, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ q: filter.q, kind: filter.kind, sector: filter.sector, cba: filter.cba, status: filter.status, year: filter.year, sort: filter.sort === 'name' ? undefined : filter.sort, ...extra })
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => [k, String(v)]);
  return new URLSearchParams(entries).toString();
}
