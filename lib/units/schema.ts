// Zod schemas and the vocabularies of the unit pages (sectors, CBA statuses, list filters), shared by
// the pages, the export route and the data functions. No database here.
import { z } from 'zod';
import { parseDateInput, todayInVietnam } from '@/lib/i18n/dates';
import { cleanName } from '@/lib/text/search-key';

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

// ── Editing a grassroots union's profile ─────────────────────────────────────────────────────────
// Every field is optional in the schema: a field absent from the form is left alone, an empty one is
// cleared. Which fields a person may send depends on their role (see PROFILE_FIELDS_FOR_CHAIR).

/** What a chair may change in their own union: the employer, its workforce and the agreement. */
export const CHAIR_PROFILE_FIELDS = [
  'employerName', 'employerTaxCode', 'employerAddress', 'workforceTotal', 'workforceWomen', 'cbaSignedOn', 'cbaExpiresOn', 'cbaNote',
] as const;
/** Staff and admins may also change the structure-facing fields. */
export const MANAGER_PROFILE_FIELDS = ['name', 'shortName', 'sector', 'foundingDecisionNumber', 'foundingDecisionOn', ...CHAIR_PROFILE_FIELDS] as const;
export type ProfileField = (typeof MANAGER_PROFILE_FIELDS)[number];

const trimmedText = (max: number, required = false) =>
  z
    .string()
    .transform(cleanName)
    .pipe(required ? z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }) : z.string().max(max, { error: 'tooLong' }))
    .transform((value) => value || null)
    .optional();

const count = z
  .string()
  .transform((value) => value.replace(/[\s.,]/g, ''))
  .refine((value) => value === '' || /^\d{1,7}$/.test(value), { error: 'errors.unit.count' })
  .transform((value) => (value === '' ? null : Number(value)))
  .optional();

const optionalDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return null;
    const parsed = parseDateInput(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'dateFormat' });
      return z.NEVER;
    }
    return parsed;
  })
  .optional();

/** A Vietnamese tax code: 10 digits, or 10 digits, a hyphen and 3 (a branch). */
const taxCode = z
  .string()
  .transform((value) => value.replace(/\s/g, ''))
  .refine((value) => value === '' || /^\d{10}(-\d{3})?$/.test(value), { error: 'errors.unit.taxCode' })
  .transform((value) => value || null)
  .optional();

/** Optional form fields shared with the employers pipeline (lib/employers). */
export { count as countField, optionalDate as optionalDateField, taxCode as taxCodeField, trimmedText as trimmedTextField };

export const editProfileSchema = z
  .object({
    unitId: z.coerce.number().int().positive(),
    version: z.coerce.number().int().positive(),
    /** The values the form was loaded with (JSON), to say what someone else changed meanwhile. */
    base: z.string().max(10_000).optional(),
    name: trimmedText(200, true),
    shortName: trimmedText(120),
    sector: z.union([z.enum(SECTORS), z.literal('')]).transform((value) => value || null).optional(),
    foundingDecisionNumber: trimmedText(60),
    foundingDecisionOn: optionalDate,
    employerName: trimmedText(200),
    employerTaxCode: taxCode,
    employerAddress: trimmedText(300),
    workforceTotal: count,
    workforceWomen: count,
    cbaSignedOn: optionalDate,
    cbaExpiresOn: optionalDate,
    cbaNote: trimmedText(500),
  })
  .superRefine((input, ctx) => {
    if (input.workforceTotal != null && input.workforceWomen != null && input.workforceWomen > input.workforceTotal)
      ctx.addIssue({ code: 'custom', path: ['workforceWomen'], message: 'errors.unit.womenAboveTotal' });
    if (input.cbaSignedOn && input.cbaExpiresOn && input.cbaExpiresOn < input.cbaSignedOn)
      ctx.addIssue({ code: 'custom', path: ['cbaExpiresOn'], message: 'errors.unit.cbaOrder' });
    if (input.cbaExpiresOn && !input.cbaSignedOn) ctx.addIssue({ code: 'custom', path: ['cbaSignedOn'], message: 'errors.unit.cbaSignedMissing' });
    if (input.cbaSignedOn && input.cbaSignedOn > todayInVietnam()) ctx.addIssue({ code: 'custom', path: ['cbaSignedOn'], message: 'dateInFuture' });
  });
export type EditProfileInput = z.output<typeof editProfileSchema>;
export type ProfileChanges = Partial<Pick<EditProfileInput, ProfileField>>;

/** A profile value as stored in events and compared for conflicts: dates as yyyy-MM-dd. */
export function profileValue(value: unknown): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'number' ? value : String(value);
}

// ── Establishing a grassroots union ──────────────────────────────────────────────────────────────

/** Unit codes: letters, digits and hyphens, stored upper-case ("HP-TN-053"). */
export const unitCodeSchema = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.string().min(1, { error: 'required' }).max(40, { error: 'tooLong' }).regex(/^[A-Z0-9][A-Z0-9-]*$/, { error: 'errors.unit.codeFormat' }));

const requiredDate = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .transform((value, ctx) => {
    const parsed = parseDateInput(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'dateFormat' });
      return z.NEVER;
    }
    return parsed;
  })
  .refine((value) => value <= todayInVietnam(), { error: 'dateInFuture' });

export const establishUnionSchema = z.object({
  parentId: z.coerce.number().int().positive(),
  name: z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' })),
  code: unitCodeSchema,
  sector: z.enum(SECTORS, { error: 'required' }),
  employerName: z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' })),
  foundingDecisionNumber: z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(60, { error: 'tooLong' })),
  foundingDecisionOn: requiredDate,
  provisionalChair: trimmedText(120),
  /** Set when the union is established from the employers-without-a-union list (looked up in the database). */
  employerId: z.string().optional().transform((v) => (v ? Number(v) : undefined)).pipe(z.number().int().positive().optional()),
});
export type EstablishUnionInput = z.output<typeof establishUnionSchema>;

/** The kinds a grassroots union may sit under (DESIGN.md: under a ward union, or directly under a federation). */
export const GRASSROOTS_PARENT_KINDS = ['ward_union', 'federation'] as const;

/** The kinds each kind of unit may sit under (the kind rule of every move in the tree). */
export const PARENT_KINDS: Readonly<Record<string, readonly string[]>> = {
  confederation: [],
  federation: ['confederation'],
  ward_union: ['federation'],
  grassroots: GRASSROOTS_PARENT_KINDS,
  group: ['grassroots'],
};

// ── Reorganising: transfer, merge, dissolve ──────────────────────────────────────────────────────

const decisionNumber = z.string({ error: 'required' }).transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(60, { error: 'tooLong' }));
const unitId = z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' });
/** A required confirmation checkbox: absent and unchecked are both refused (zod skips absent optional keys). */
const confirmed = z.literal('on', { error: 'confirmRequired' });

/** A comma-joined list of unit ids (a group of checkboxes arrives joined by the action pipeline). */
const unitIdList = z
  .string({ error: 'errors.unit.pickUnits' })
  .transform((text) => [...new Set(text.split(',').map((v) => v.trim()).filter(Boolean).map(Number))])
  .pipe(z.array(z.number().int().positive().max(2_147_483_647)).min(1, { error: 'errors.unit.pickUnits' }).max(500, { error: 'errors.unit.pickUnits' }));

export const transferUnitsSchema = z.object({
  unitIds: unitIdList,
  targetParentId: unitId,
  decisionNumber,
  effectiveOn: requiredDate,
});
export type TransferUnitsInput = z.output<typeof transferUnitsSchema>;

export const mergeUnionSchema = z.object({
  unitId,
  survivorId: unitId,
  decisionNumber,
  effectiveOn: requiredDate,
  confirm: confirmed,
});
export type MergeUnionInput = z.output<typeof mergeUnionSchema>;

export const MEMBER_OUTCOMES = ['transfer', 'leave'] as const;
/** Why members leave when their union is dissolved and they are not transferred. */
export const DISSOLVE_LEAVE_REASONS = ['changed_job', 'moved', 'voluntary', 'other'] as const;

export const dissolveUnionSchema = z
  .object({
    unitId,
    reason: z.string({ error: 'required' }).transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(500, { error: 'tooLong' })),
    decisionNumber,
    effectiveOn: requiredDate,
    /** Only needed when the union still has active members; checked against the database. */
    membersOutcome: z.union([z.enum(MEMBER_OUTCOMES), z.literal('')]).optional().transform((v) => v || undefined),
    survivorId: z.string().optional().transform((v) => (v ? Number(v) : undefined)).pipe(z.number().int().positive().optional()),
    leaveReason: z.union([z.enum(DISSOLVE_LEAVE_REASONS), z.literal('')]).optional().transform((v) => v || undefined),
    confirm: confirmed,
  })
  .superRefine((input, ctx) => {
    if (input.membersOutcome === 'transfer' && !input.survivorId) ctx.addIssue({ code: 'custom', path: ['survivorId'], message: 'required' });
    if (input.membersOutcome === 'leave' && !input.leaveReason) ctx.addIssue({ code: 'custom', path: ['leaveReason'], message: 'required' });
  });
export type DissolveUnionInput = z.output<typeof dissolveUnionSchema>;

/** "as of" dates of the dated roll-up come from a query string: anything unreadable means "no date". */
export function parseAsOf(text: string | string[] | undefined): Date | null {
  const value = Array.isArray(text) ? text[0] : text;
  return value ? parseDateInput(value) : null;
}

// ── The unit picker (transfer targets, merge and dissolve survivors) ─────────────────────────────

/**
 * The picker's query string (the search-as-you-type endpoint and the pages' plain GET search):
 * which kinds, the typed text, the keyset cursor, a unit to leave out. Untrusted: anything unreadable
 * falls back to "none" (an empty kinds list finds nothing).
 */
export const unitPickerQuerySchema = z.object({
  kinds: z.string().optional().catch(undefined)
    .transform((text) => (text ?? '').split(',').filter((kind): kind is (typeof UNIT_KINDS)[number] => (UNIT_KINDS as readonly string[]).includes(kind))),
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  after: z.string().max(300).optional().catch(undefined).transform((v) => v || undefined),
  exclude: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});
export type UnitPickerQuery = z.output<typeof unitPickerQuerySchema>;

/** The page's own GET search (`?q=…&after=…`): read with the same rules as the endpoint's. */
export function parsePickerSearch(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const { q, after } = unitPickerQuerySchema.parse({ q: first(params.q), after: first(params.after) });
  return { q, after };
}

/** The kind of unit a transfer from a unit of `kind` moves: grassroots unions from a ward union or federation, groups from a grassroots union. */
export function movedKindFrom(kind: string): 'grassroots' | 'group' | null {
  if ((GRASSROOTS_PARENT_KINDS as readonly string[]).includes(kind)) return 'grassroots';
  return kind === 'grassroots' ? 'group' : null;
}

/** The id of the page's GET form that a picker's plain search (no JavaScript) submits: one picker per page. */
export const PICKER_SEARCH_FORM = 'unit-picker-search';
