// Zod schemas for member forms, shared by the form (field names) and the action (validation).
// Error messages are message keys (errors.field.*), translated where they are shown.
import { z } from 'zod';
import { parseDateInput, todayInVietnam, yearsBetween } from '@/lib/i18n/dates';
import { cleanName } from '@/lib/text/search-key';

export const MIN_MEMBER_AGE = 15; // the Labour Code's minimum working age
export const GENDERS = ['male', 'female'] as const;

const requiredText = (max: number) =>
  z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }));

const optionalText = (max: number) =>
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

/** Vietnamese phone numbers: 0 + 9 digits, or +84 / 84 + 9 digits; stored as 0xxxxxxxxx. */
export const phoneSchema = z
  .string()
  .optional()
  .transform((value) => (value ?? '').replace(/[\s.()-]/g, ''))
  .refine((value) => value === '' || /^(0|\+?84)[1-9]\d{8}$/.test(value), { error: 'phoneFormat' })
  .transform((value) => (value === '' ? null : value.replace(/^\+?84/, '0')));

const birthDate = date
  .refine((value) => value <= todayInVietnam(), { error: 'dateInFuture' })
  .refine((value) => value > todayInVietnam() || yearsBetween(value, todayInVietnam()) >= MIN_MEMBER_AGE, { error: 'tooYoung' })
  .refine((value) => yearsBetween(value, todayInVietnam()) <= 100, { error: 'tooOld' });

const pastDate = date.refine((value) => value <= todayInVietnam(), { error: 'dateInFuture' });

export const registerMemberSchema = z
  .object({
    unitId: z.coerce.number({ error: 'required' }).int().positive(),
    fullName: requiredText(120),
    gender: z.enum(GENDERS, { error: 'required' }),
    birthDate,
    cccd: cccdSchema,
    phone: phoneSchema,
    joinDate: pastDate,
    jobTitle: optionalText(120),
  })
  .superRefine(
    (input, ctx) => {
      if (yearsBetween(input.birthDate, input.joinDate) < MIN_MEMBER_AGE)
        ctx.addIssue({ code: 'custom', path: ['joinDate'], message: 'joinBeforeWorkingAge' });
    },
    // Check it even when unrelated fields failed, as long as both dates parsed.
    { when: ({ value }) => (value as { birthDate?: unknown })?.birthDate instanceof Date && (value as { joinDate?: unknown })?.joinDate instanceof Date },
  );

export type RegisterMemberInput = z.output<typeof registerMemberSchema>;

/** The fields of the registration form, in order (the form and the tests use these names). */
export const REGISTER_FIELDS = ['fullName', 'gender', 'birthDate', 'cccd', 'phone', 'joinDate', 'jobTitle'] as const;
