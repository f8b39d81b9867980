// Zod schemas for emulation movements. Messages are keys (errors.field.*).
import { z } from 'zod';
import { optionalCount, optionalText, recordId, requiredDate, requiredLine, requiredText, vndAmount } from '@/lib/forms/fields';

export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export const AUDIENCE_KINDS = ['grassroots', 'ward_union'] as const;

const id = recordId();

export const launchMovementSchema = z
  .object({
    unitId: id,
    name: requiredLine(300),
    kind: z.enum(MOVEMENT_KINDS, { error: 'required' }),
    startsOn: requiredDate(),
    endsOn: requiredDate(),
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
  resultText: requiredText(10_000),
  participants: optionalCount(),
  initiatives: optionalCount(),
  valueVnd: vndAmount(null),
});
export type ReportMovementInput = z.output<typeof reportMovementSchema>;
