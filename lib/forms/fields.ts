// Zod builders for the fields every form repeats: texts, record ids, years, dd/MM/yyyy dates, counts
// and VND amounts. Form fields arrive as strings; each builder decides deliberately what an empty
// string means. Errors are message keys (errors.field.*), translated where they are shown.
import { z } from 'zod';
import { parseDateInput, todayInVietnam } from '@/lib/i18n/dates';
import { cleanName } from '@/lib/text/search-key';

/** A single-line text (a name, a title, a decision number): spaces collapsed, required. */
export const requiredLine = (max: number) =>
  z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'tooLong' }));

/** A single-line text, spaces collapsed; empty or absent is null. */
export const optionalLine = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? cleanName(value) : ''))
    .pipe(z.string().max(max, { error: 'tooLong' }))
    .transform((value) => value || null);

/** A free text that may span lines (achievements, results): only trimmed, required. */
export const requiredText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

/** A free text that may span lines, only trimmed; empty or absent is null. */
export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().max(max, { error: 'tooLong' }))
    .transform((value) => value || null);

/** The id of a row named by a hidden field or a select: a positive integer, else "required". */
export const recordId = () => z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' });

/** The year of a record: from 1945 (the first union law) up to next year (targets and plans). */
export const recordYear = () =>
  z.coerce
    .number({ error: 'required' })
    .int({ error: 'yearFormat' })
    .min(1945, { error: 'yearFormat' })
    .refine((value) => value <= todayInVietnam().getUTCFullYear() + 1, { error: 'yearFormat' });

interface DateOptions {
  /** Refuse a date after today in Vietnam (a signing, an application). */
  notInFuture?: boolean;
}

/** The checks after a date was typed: a real dd/MM/yyyy date, and not in the future if asked. */
function checkDate(value: string, ctx: z.RefinementCtx, options: DateOptions) {
  const parsed = parseDateInput(value);
  if (!parsed) ctx.addIssue({ code: 'custom', message: 'dateFormat' });
  else if (options.notInFuture && parsed > todayInVietnam()) ctx.addIssue({ code: 'custom', message: 'dateInFuture' });
  return parsed;
}

/** A required dd/MM/yyyy date, as UTC midnight. */
export const requiredDate = (options: DateOptions = {}) =>
  z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .transform((value, ctx) => checkDate(value, ctx, options) ?? new Date(0));

/** An optional dd/MM/yyyy date: empty or absent is null; anything typed must be a real date. */
export const optionalDate = (options: DateOptions = {}) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => (value?.trim() ? checkDate(value, ctx, options) : null));

/** A count typed with or without thousands separators ("1.250"); empty or absent is null. */
export const optionalCount = (maxDigits = 9) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? '').replace(/[\s.,]/g, '');
      if (text === '') return null;
      if (!new RegExp(`^\\d{1,${maxDigits}}$`).test(text)) ctx.addIssue({ code: 'custom', message: 'countFormat' });
      return Number(text);
    });

/** 10^18 VND: far beyond any recognised value, and safely inside PostgreSQL's BIGINT. */
export const MAX_VALUE_VND = 10n ** 18n;

/** "1.200.000", "1 200 000", "1,200,000" and "1200000" all mean 1,200,000 VND (no minor unit). */
export function parseVnd(text: string): bigint | null {
  const digits = text.replace(/[\s.,₫]|VND|đ/gi, '');
  if (!/^\d{1,19}$/.test(digits)) return null;
  const value = BigInt(digits);
  return value <= MAX_VALUE_VND ? value : null;
}

/** An amount in VND, as a bigint; an empty or absent field means `whenEmpty` (0 or null). */
export const vndAmount = <T extends bigint | null>(whenEmpty: T) =>
  z
    .string()
    .optional()
    .transform((value, ctx): bigint | T => {
      if (!value?.trim()) return whenEmpty;
      const parsed = parseVnd(value);
      if (parsed === null) ctx.addIssue({ code: 'custom', message: 'vndFormat' });
      return parsed ?? whenEmpty;
    });
