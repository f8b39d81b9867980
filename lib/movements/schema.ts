// Zod schemas for emulation movements. Messages are keys (errors.field.*).
import { z } from 'zod';
import { parseDateInput } from '@/lib/i18n/dates';
import { cleanName } from '@/lib/text/search-key';
import { parseVnd } from '@/lib/initiatives/schema';

export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export const AUDIENCE_KINDS = ['grassroots', 'ward_union'] as const;

const id = z.coerce.number({ error: 'required' }).int({ error: 'required' }).positive({ error: 'required' });
const requiredDate = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .transform((value, ctx) => {
    const parsed = parseDateInput(value);
    if (!parsed) ctx.addIssue({ code: 'custom', message: 'dateFormat' });
    return parsed ?? new Date(0);
  });
const optionalText = (max: number) =>
  z.string().optional().transform((v) => (v ?? '').trim()).pipe(z.string().max(max, { error: 'tooLong' })).transform((v) => v || null);
const optionalCount = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = (value ?? '').replace(/[\s.,]/g, '');
    if (text === '') return null;
    if (!/^\d{1,9}$/.test(text)) ctx.addIssue({ code: 'custom', message: 'countFormat' });
    return Number(text);
  });

export const launchMovementSchema = z
  .object({
    unitId: id,
    name: z.string().transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(300, { error: 'tooLong' })),
    kind: z.enum(MOVEMENT_KINDS, { error: 'required' }),
    startsOn: requiredDate,
    endsOn: requiredDate,
    audienceKind: z.enum(AUDIENCE_KINDS, { error: 'required' }),
    description: optionalText(5000),
    criteria: optionalText(5000),
  })
  .refine((input) => input.endsOn >= input.startsOn, { path: ['endsOn'], error: 'endBeforeStart' });
export type LaunchMovementInput = z.output<typeof launchMovementSchema>;

export const joinMovementSchema = z.object({ movementId: id, unitId: id });
export type JoinMovementInput = z.output<typeof joinMovementSchema>;

export const reportMovementSchema = z.object({
  movementId: id,
  unitId: id,
  resultText: z.string().trim().min(1, { error: 'required' }).max(10_000, { error: 'tooLong' }),
  participants: optionalCount,
  initiatives: optionalCount,
  valueVnd: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return null;
      const parsed = parseVnd(value);
      if (parsed === null) ctx.addIssue({ code: 'custom', message: 'vndFormat' });
      return parsed;
    }),
});
export type ReportMovementInput = z.output<typeof reportMovementSchema>;
