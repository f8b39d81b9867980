// Zod schemas for the initiatives register. Messages are keys (errors.field.*).
import { z } from 'zod';
import { parseDateInput, todayInVietnam } from '@/lib/i18n/dates';
import { cleanName } from '@/lib/text/search-key';

export const INITIATIVE_KINDS = ['initiative', 'technical_improvement', 'scientific_topic', 'work_product'] as const;
export const RECOGNITION_LEVELS = ['grassroots', 'ward', 'federation', 'confederation'] as const;
export const INITIATIVE_STATUSES = ['submitted', 'recognised', 'not_recognised'] as const;

/** 10^18 VND: far beyond any recognised value, and safely inside PostgreSQL's BIGINT. */
export const MAX_VALUE_VND = 10n ** 18n;

/** "1.200.000", "1 200 000", "1,200,000" and "1200000" all mean 1,200,000 VND (no minor unit). */
export function parseVnd(text: string): bigint | null {
  const digits = text.replace(/[\s.,₫]|VND|đ/gi, '');
  if (!/^\d{1,19}$/.test(digits)) return null;
  const value = BigInt(digits);
  return value <= MAX_VALUE_VND ? value : null;
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map(cleanName)
    .filter(Boolean);

const year = z.coerce
  .number({ error: 'required' })
  .int({ error: 'yearFormat' })
  .min(1945, { error: 'yearFormat' })
  .refine((value) => value <= todayInVietnam().getUTCFullYear() + 1, { error: 'yearFormat' });

export const createInitiativeSchema = z
  .object({
    unitId: z.coerce.number({ error: 'required' }).int().positive(),
    title: z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(300, { error: 'tooLong' })),
    kind: z.enum(INITIATIVE_KINDS, { error: 'required' }),
    field: z.string().optional().transform((v) => (v ? cleanName(v) : '')).pipe(z.string().max(120, { error: 'tooLong' })).transform((v) => v || null),
    year,
    appliedOn: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value?.trim()) return null;
        const parsed = parseDateInput(value);
        if (!parsed) ctx.addIssue({ code: 'custom', message: 'dateFormat' });
        else if (parsed > todayInVietnam()) ctx.addIssue({ code: 'custom', message: 'dateInFuture' });
        return parsed;
      }),
    valueVnd: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value?.trim()) return 0n;
        const parsed = parseVnd(value);
        if (parsed === null) ctx.addIssue({ code: 'custom', message: 'vndFormat' });
        return parsed ?? 0n;
      }),
    /** Union card numbers of member authors, one per line. */
    memberAuthors: z.string().optional().transform(lines),
    /** Names of authors outside the union, one per line. */
    outsideAuthors: z.string().optional().transform(lines),
  })
  .superRefine((input, ctx) => {
    if (input.memberAuthors.length + input.outsideAuthors.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['memberAuthors'], message: 'authorRequired' });
    }
    if (input.memberAuthors.length + input.outsideAuthors.length > 50) {
      ctx.addIssue({ code: 'custom', path: ['outsideAuthors'], message: 'tooMany' });
    }
    if (input.outsideAuthors.some((name) => name.length > 120)) {
      ctx.addIssue({ code: 'custom', path: ['outsideAuthors'], message: 'tooLong' });
    }
  }, {
    // Run even when other fields failed, so every error shows at once; needs only the author lists.
    when: ({ value }) => {
      const authors = value as { memberAuthors?: unknown; outsideAuthors?: unknown };
      return Array.isArray(authors?.memberAuthors) && Array.isArray(authors?.outsideAuthors);
    },
  });

export type CreateInitiativeInput = z.output<typeof createInitiativeSchema>;

export const recogniseInitiativeSchema = z.object({
  initiativeId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  status: z.enum(['recognised', 'not_recognised'], { error: 'required' }),
  recognitionLevel: z.enum(RECOGNITION_LEVELS, { error: 'required' }),
  valueVnd: z.string().transform((value, ctx) => {
    const parsed = parseVnd(value || '0');
    if (parsed === null) ctx.addIssue({ code: 'custom', message: 'vndFormat' });
    return parsed ?? 0n;
  }),
});

export type RecogniseInitiativeInput = z.output<typeof recogniseInitiativeSchema>;
