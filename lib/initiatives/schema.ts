// Zod schemas for the initiatives register. Messages are keys (errors.field.*).
import { z } from 'zod';
import { optionalDate, optionalLine, parseVnd, recordYear, requiredLine, vndAmount } from '@/lib/forms/fields';
import { cleanName } from '@/lib/text/search-key';

/** Kept here too for code written before the VND parser moved to lib/forms/fields.ts. */
export { MAX_VALUE_VND, parseVnd } from '@/lib/forms/fields';

export const INITIATIVE_KINDS = ['initiative', 'technical_improvement', 'scientific_topic', 'work_product'] as const;
export const RECOGNITION_LEVELS = ['grassroots', 'ward', 'federation', 'confederation'] as const;
export const INITIATIVE_STATUSES = ['submitted', 'recognised', 'not_recognised'] as const;

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map(cleanName)
    .filter(Boolean);

export const createInitiativeSchema = z
  .object({
    unitId: z.coerce.number({ error: 'required' }).int().positive(),
    title: requiredLine(300),
    kind: z.enum(INITIATIVE_KINDS, { error: 'required' }),
    field: optionalLine(120),
    year: recordYear(),
    appliedOn: optionalDate({ notInFuture: true }),
    valueVnd: vndAmount(0n),
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
