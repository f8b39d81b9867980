// Zod schemas for member forms, shared by the form (field names) and the action (validation).
// Error messages are message keys (errors.field.*), translated where they are shown.
import { z } from 'zod';
import { parseDateInput, todayInVietnam, yearsBetween } from '@/lib/i18n/dates';
import { cleanName } from '@/lib/text/search-key';

export const MIN_MEMBER_AGE = 15; // the Labour Code's minimum working age
export const GENDERS = ['male', 'female'] as const;

export const requiredText = (max: number) =>
  z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }));

export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? cleanName(value) : ''))
    .pipe(z.string().max(max, { error: 'tooLong' }))
    .transform((value) => value || null);

const date = z
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
  });

/** 12-digit citizen ID; spaces typed between groups are ignored. */
export const cccdSchema = z
  .string({ error: 'required' })
  .transform((value) => value.replace(/[\s.-]/g, ''))
  .pipe(z.string().min(1, { error: 'required' }).regex(/^\d{12}$/, { error: 'cccdFormat' }));

/** A foreign worker's passport or ID number: letters and digits, stored upper-case. */
export const FOREIGN_DOCUMENT = /^[A-Z0-9]{6,20}$/;

/**
 * The identity number of the forms: a Vietnamese citizen's 12-digit CCCD, or for a foreign worker
 * (nationality other than VN) a passport / ID number. Which rule applies depends on the nationality
 * field, so the format is checked by `identityRules` on the whole form.
 */
export const identitySchema = z
  .string({ error: 'required' })
  .transform((value) => value.replace(/[\s.-]/g, '').toUpperCase())
  .pipe(z.string().min(1, { error: 'required' }).max(20, { error: 'errors.member.documentFormat' }));

/** Runs even when other fields are wrong, so the form names every bad field at once. */
const identityReady = (payload: { value: unknown; issues: { path?: PropertyKey[] }[] }) => {
  const value = payload.value as { cccd?: unknown } | undefined;
  return typeof value?.cccd === 'string' && value.cccd !== '' && !payload.issues.some((issue) => issue.path?.[0] === 'cccd');
};

/** The identity number's format, by nationality: 12 digits for Vietnamese citizens, a document number otherwise. */
export function identityFormatIssue(cccd: string, nationality: string): string | null {
  if (nationality === 'VN') return /^\d{12}$/.test(cccd) ? null : 'cccdFormat';
  return FOREIGN_DOCUMENT.test(cccd) ? null : 'errors.member.documentFormat';
}

function withIdentityRules<T extends z.ZodType<{ cccd: string; nationality: string }>>(schema: T) {
  return schema
    .refine((input) => identityFormatIssue(input.cccd, input.nationality) !== 'cccdFormat', { path: ['cccd'], message: 'cccdFormat', when: identityReady })
    .refine((input) => identityFormatIssue(input.cccd, input.nationality) !== 'errors.member.documentFormat', { path: ['cccd'], message: 'errors.member.documentFormat', when: identityReady });
}

/** Vietnamese phone numbers: 0 + 9 digits, or +84 / 84 + 9 digits; stored as 0xxxxxxxxx. */
export const phoneSchema = z
  .string()
  .optional()
  .transform((value) => (value ?? '').replace(/[\s.()-]/g, ''))
  .refine((value) => value === '' || /^(0|\+?84)[1-9]\d{8}$/.test(value), { error: 'phoneFormat' })
  .transform((value) => (value === '' ? null : value.replace(/^\+?84/, '0')));

export const birthDate = date
  .refine((value) => value <= todayInVietnam(), { error: 'dateInFuture' })
  .refine((value) => value > todayInVietnam() || yearsBetween(value, todayInVietnam()) >= MIN_MEMBER_AGE, { error: 'tooYoung' })
  .refine((value) => yearsBetween(value, todayInVietnam()) <= 100, { error: 'tooOld' });

export const pastDate = date.refine((value) => value <= todayInVietnam(), { error: 'dateInFuture' });

/** An optional past date: an empty field is null, anything typed must be a real date, not in the future. */
export const optionalPastDate = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = (value ?? '').trim();
    if (text === '') return null;
    const parsed = parseDateInput(text);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'dateFormat' });
      return z.NEVER;
    }
    if (parsed > todayInVietnam()) {
      ctx.addIssue({ code: 'custom', message: 'dateInFuture' });
      return z.NEVER;
    }
    return parsed;
  });

/** An optional choice from a fixed list: empty is null, anything else must be one of `values`. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || null)
    .pipe(z.enum(values, { error: 'choice' }).nullable());

export const EDUCATION_LEVELS = ['none', 'primary', 'lower_secondary', 'upper_secondary'] as const;
export const QUALIFICATIONS = ['none', 'elementary', 'intermediate', 'college', 'university', 'master', 'doctorate'] as const;
/**
 * Nationalities offered by the form (ISO 3166-1 alpha-2), Vietnam first, then the countries most
 * foreign workers in Vietnam come from; names are shown with Intl.DisplayNames in the user's language.
 */
export const NATIONALITIES = ['VN', 'CN', 'KR', 'JP', 'TW', 'LA', 'KH', 'TH', 'PH', 'IN', 'MY', 'SG', 'ID', 'US', 'GB', 'FR', 'DE', 'AU', 'RU'] as const;
export const ETHNICITY_CODES = { min: 1, max: 54 } as const;

/** Optional ethnicity code (the ethnicities table holds the names; the mutation checks the code exists). */
const ethnicityCode = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = value?.trim() ?? '';
    if (text === '') return null;
    const code = Number(text);
    if (!Number.isInteger(code) || code < ETHNICITY_CODES.min || code > ETHNICITY_CODES.max) {
      ctx.addIssue({ code: 'custom', message: 'choice' });
      return z.NEVER;
    }
    return code;
  });

export const nationality = z
  .string()
  .optional()
  .transform((value) => value?.trim().toUpperCase() || 'VN')
  .pipe(z.enum(NATIONALITIES, { error: 'choice' }));

export const email = z
  .string()
  .optional()
  .transform((value) => value?.trim().toLowerCase() || null)
  .pipe(z.email({ error: 'emailFormat' }).max(254, { error: 'tooLong' }).nullable());

/**
 * A union card number typed by the user: an opaque code of letters, digits, '.', '/' or '-'
 * (stored upper-case, spaces dropped). Empty means "generate one".
 */
export const cardNumber = z
  .string()
  .optional()
  .transform((value) => (value ?? '').replace(/\s/g, '').toUpperCase() || null)
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9./-]{3,29}$/, { error: 'cardNumberFormat' }).nullable());

/** The optional parts of the full record, shared by registration and the profile's edit form. */
export const memberDetailFields = {
  ethnicityCode,
  nationality,
  email,
  educationLevel: optionalChoice(EDUCATION_LEVELS),
  qualification: optionalChoice(QUALIFICATIONS),
  cardNumber,
  officialPosition: optionalText(120),
  officialTrainedOn: optionalPastDate,
  appActivatedOn: optionalPastDate,
  partyIntroducedOn: optionalPastDate,
};

interface DetailDates {
  birthDate: Date;
  officialPosition: string | null;
  officialTrainedOn: Date | null;
  appActivatedOn: Date | null;
  partyIntroducedOn: Date | null;
}

/** Cross-field rules of the optional record: each error on the field the person has to change. */
export function checkDetails(input: DetailDates, ctx: z.RefinementCtx) {
  if (input.officialTrainedOn && !input.officialPosition)
    ctx.addIssue({ code: 'custom', path: ['officialPosition'], message: 'positionForTraining' });
  for (const field of ['officialTrainedOn', 'appActivatedOn', 'partyIntroducedOn'] as const) {
    const value = input[field];
    if (value && value < input.birthDate) ctx.addIssue({ code: 'custom', path: [field], message: 'beforeBirth' });
  }
}

export const registerMemberSchema = withIdentityRules(z
  .object({
    unitId: z.coerce.number({ error: 'required' }).int().positive(),
    fullName: requiredText(120),
    gender: z.enum(GENDERS, { error: 'required' }),
    birthDate,
    cccd: identitySchema,
    phone: phoneSchema,
    joinDate: pastDate,
    jobTitle: optionalText(120),
    ...memberDetailFields,
  })
  .superRefine((input, ctx) => {
    if (yearsBetween(input.birthDate, input.joinDate) < MIN_MEMBER_AGE)
      ctx.addIssue({ code: 'custom', path: ['joinDate'], message: 'joinBeforeWorkingAge' });
    checkDetails(input, ctx);
  }));

export type RegisterMemberInput = z.output<typeof registerMemberSchema>;
export type MemberDetailsInput = z.output<z.ZodObject<typeof memberDetailFields>>;

/** The fields of the registration form, in order (the form and the tests use these names). */
export const REGISTER_FIELDS = [
  'fullName', 'gender', 'birthDate', 'cccd', 'phone', 'email', 'nationality', 'ethnicityCode', 'joinDate', 'cardNumber',
  'jobTitle', 'educationLevel', 'qualification', 'officialPosition', 'officialTrainedOn', 'appActivatedOn', 'partyIntroducedOn',
] as const;

/** The edit form of a member's record: the person, not their membership periods. */
export const editMemberSchema = withIdentityRules(z
  .object({
    memberId: z.coerce.number({ error: 'required' }).int().positive(),
    version: z.coerce.number({ error: 'required' }).int().positive(),
    fullName: requiredText(120),
    gender: z.enum(GENDERS, { error: 'required' }),
    birthDate,
    cccd: identitySchema,
    phone: phoneSchema,
    jobTitle: optionalText(120),
    ...memberDetailFields,
  })
  .superRefine((input, ctx) => checkDetails(input, ctx)));

export type EditMemberInput = z.output<typeof editMemberSchema>;

/** Reasons a person leaves the union; 'transferred' is not offered: a transfer closes a period itself. */
export const LEAVE_REASONS = ['retired', 'changed_job', 'moved', 'voluntary', 'deceased', 'other'] as const;

/**
 * Leaving is destructive (the person stops counting): the form must carry an explicit confirmation.
 * Required, not optional: zod skips an optional key that is absent (an unticked checkbox sends nothing).
 */
const confirmed = z.literal('yes', { error: 'confirmRequired' });

export const leaveMemberSchema = z.object({
  memberId: z.coerce.number({ error: 'required' }).int().positive(),
  reason: z.enum(LEAVE_REASONS, { error: 'required' }),
  leftOn: pastDate,
  note: optionalText(500),
  confirm: confirmed,
});
export type LeaveMemberInput = z.output<typeof leaveMemberSchema>;

export const rejoinMemberSchema = z.object({
  memberId: z.coerce.number({ error: 'required' }).int().positive(),
  joinDate: pastDate,
});
export type RejoinMemberInput = z.output<typeof rejoinMemberSchema>;

export const AGE_BANDS = ['15-30', '31-45', '46-60', '61+'] as const;
export const MEMBER_STATUSES = ['active', 'former'] as const;
const yesNo = z.enum(['yes', 'no']);

/** A query-string value: absent, empty or unknown values mean "no filter" (a bad link never errors). */
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);

/** The filters of the member search page, read from the URL. */
export const searchMembersSchema = z.object({
  q: lenient(z.string().trim().max(120)),
  unit: lenient(z.coerce.number().int().positive().max(2_147_483_647)),
  gender: lenient(z.enum(GENDERS)),
  status: lenient(z.enum(MEMBER_STATUSES)),
  official: lenient(yesNo),
  app: lenient(yesNo),
  joinYear: lenient(z.coerce.number().int().min(1930).max(2100)),
  age: lenient(z.enum(AGE_BANDS)),
  after: lenient(z.string().max(400)),
  /** "1": count the matches (up to MEMBER_TOTAL_CAP); otherwise a search that fills a page is not counted. */
  count: lenient(z.enum(['1'])),
});
export type MemberSearch = z.output<typeof searchMembersSchema>;

/** A transfer's effective date may not lie in the future: the member moves when it is accepted. */
const transferFields = {
  effectiveOn: pastDate,
  note: optionalText(500),
};

/** Send a member to another union (a request) or, holding both unions, move them at once. */
export const sendTransferSchema = z.object({
  memberId: z.coerce.number({ error: 'required' }).int().positive(),
  toUnitCode: z.string({ error: 'required' }).trim().toUpperCase().min(1, { error: 'required' }).max(40, { error: 'tooLong' }),
  ...transferFields,
});
export type SendTransferInput = z.output<typeof sendTransferSchema>;

export const decideTransferSchema = z.object({
  transferId: z.coerce.number({ error: 'required' }).int().positive(),
  note: optionalText(500),
});
export type DecideTransferInput = z.output<typeof decideTransferSchema>;

/** Declining says why: the sending union needs to know what to do next. */
export const declineTransferSchema = decideTransferSchema.extend({
  note: requiredText(500),
});
