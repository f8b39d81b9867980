// Zod schemas of the target forms. Messages are keys (errors.field.*, errors.target.*).
import { z } from 'zod';
import { cleanName } from '@/lib/text/search-key';
import { METRICS, TARGET_METRICS, isShare, type TargetShape } from './metrics';

/** "300", "1.200.000" (VND), "65,5" and "65.5" (a share): a non-negative number, or null when unreadable. */
export function parseTargetNumber(text: string, money = false): number | null {
  const trimmed = text.replace(/[\s₫%]|VND|đ/gi, '');
  if (!trimmed) return null;
  // Money has no decimals: dots and commas separate thousands. Otherwise one comma or dot is the decimal mark.
  const normalised = money ? trimmed.replace(/[.,]/g, '') : /^\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, '') : trimmed.replace(',', '.');
  if (!/^\d{1,18}(\.\d{1,2})?$/.test(normalised)) return null;
  return Number(normalised);
}

const id = z.coerce.number().int().positive().max(2_147_483_647);
const optionalText = (max: number) =>
  z.string().optional().transform((v) => (v ? cleanName(v) : '')).pipe(z.string().max(max, { error: 'tooLong' })).transform((v) => v || null);

export const MANUAL_SHAPES = ['share_people', 'count'] as const;

export const saveTargetSchema = z
  .object({
    targetId: z.union([id, z.literal('').transform(() => null)]).optional().transform((v) => v ?? null),
    version: z.coerce.number().int().nonnegative().optional(),
    unitId: id,
    year: z.coerce.number({ error: 'required' }).int({ error: 'yearFormat' }).min(2000, { error: 'yearFormat' }).max(2100, { error: 'yearFormat' }),
    metric: z.enum(TARGET_METRICS, { error: 'choice' }),
    shape: z.enum(MANUAL_SHAPES).optional(),
    valueMin: z.string().optional().default(''),
    valueMax: z.string().optional().default(''),
    label: optionalText(300),
    denominatorNote: optionalText(300),
  })
  .transform((input, ctx) => {
    const definition = METRICS[input.metric];
    const shape: TargetShape = input.metric === 'manual' ? (input.shape ?? 'share_people') : definition.shape;
    const money = !!definition.money;
    const min = parseTargetNumber(input.valueMin, money);
    const max = input.valueMax.trim() ? parseTargetNumber(input.valueMax, money) : null;
    if (!input.valueMin.trim()) ctx.addIssue({ code: 'custom', path: ['valueMin'], message: 'required' });
    else if (min === null) ctx.addIssue({ code: 'custom', path: ['valueMin'], message: 'targetNumber' });
    else if (isShare(shape) && min > 100) ctx.addIssue({ code: 'custom', path: ['valueMin'], message: 'shareOver100' });
    if (input.valueMax.trim() && max === null) ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'targetNumber' });
    else if (max !== null && isShare(shape) && max > 100) ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'shareOver100' });
    else if (max !== null && min !== null && max < min) ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'rangeOrder' });
    if (input.metric === 'manual' && !input.label) ctx.addIssue({ code: 'custom', path: ['label'], message: 'required' });
    return { ...input, shape, valueMin: min ?? 0, valueMax: max };
  });
export type SaveTargetInput = z.output<typeof saveTargetSchema>;

export const deleteTargetSchema = z.object({
  targetId: id,
  confirm: z.literal('yes', { error: 'confirmRequired' }),
});

/** A parent's count split among its children: one field `share_<childUnitId>` per child. */
export const splitTargetSchema = z
  .object({ targetId: id })
  .catchall(z.string())
  .transform((input, ctx) => {
    const shares: { unitId: number; value: number }[] = [];
    for (const [key, raw] of Object.entries(input)) {
      const match = /^share_(\d{1,10})$/.exec(key);
      if (!match || typeof raw !== 'string' || !raw.trim()) continue;
      const value = parseTargetNumber(raw);
      if (value === null) ctx.addIssue({ code: 'custom', path: [key], message: 'targetNumber' });
      else shares.push({ unitId: Number(match[1]), value });
    }
    return { targetId: input.targetId as number, shares };
  });
export type SplitTargetInput = z.output<typeof splitTargetSchema>;

export const reportManualSchema = z
  .object({
    targetId: id,
    version: z.coerce.number().int().nonnegative(),
    manualActual: z.string().optional().default(''),
    evidenceNote: z.string().optional().transform((v) => (v ? cleanName(v) : '')).pipe(z.string().min(1, { error: 'evidenceRequired' }).max(2000, { error: 'tooLong' })),
  })
  .transform((input, ctx) => {
    const actual = parseTargetNumber(input.manualActual);
    if (!input.manualActual.trim()) ctx.addIssue({ code: 'custom', path: ['manualActual'], message: 'required' });
    else if (actual === null) ctx.addIssue({ code: 'custom', path: ['manualActual'], message: 'targetNumber' });
    return { ...input, manualActual: actual ?? 0 };
  });
export type ReportManualInput = z.output<typeof reportManualSchema>;

/** ?unit=&year= of the targets and dashboard pages; a bad value means "the default". */
export function readYear(raw: string | string[] | undefined, fallback: number): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : fallback;
}
