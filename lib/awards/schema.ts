// Zod schemas for nominations, reviews and decisions. Messages are keys (errors.field.*).
import { z } from 'zod';
import { optionalText, recordId, recordYear, requiredDate, requiredLine, requiredText } from '@/lib/forms/fields';

const id = recordId();

export const RECIPIENT_KINDS = ['member', 'unit'] as const;

export const nominateSchema = z.object({
  /** The unit the nomination comes from: the recipient is looked up inside its subtree. */
  unitId: id,
  awardTypeId: id,
  recipientKind: z.enum(RECIPIENT_KINDS, { error: 'required' }),
  /** A member's union card number, or a unit's code, depending on recipientKind. */
  recipient: requiredText(40),
  periodYear: recordYear(),
  achievements: requiredText(5000),
  attachments: optionalText(2000),
});
export type NominateInput = z.output<typeof nominateSchema>;

export const REVIEW_OUTCOMES = ['approved', 'returned', 'rejected'] as const;

export const reviewSchema = z
  .object({
    nominationId: id,
    version: id,
    outcome: z.enum(REVIEW_OUTCOMES, { error: 'required' }),
    note: optionalText(2000),
  })
  .refine((input) => input.outcome === 'approved' || input.note !== null, { path: ['note'], error: 'noteRequired' });
export type ReviewInput = z.output<typeof reviewSchema>;

export const issueDecisionSchema = z.object({
  issuingUnitId: id,
  number: requiredLine(60),
  signedOn: requiredDate({ notInFuture: true }),
  signer: requiredLine(120),
  /** Checkbox values: the approved nominations the decision grants. */
  nominationIds: z
    .string()
    .optional()
    .transform((value) => [...new Set((value ?? '').split(',').filter(Boolean).map(Number))])
    .pipe(z.array(z.number().int().positive()).min(1, { error: 'chooseNominations' }).max(2000, { error: 'tooMany' })),
});
export type IssueDecisionInput = z.output<typeof issueDecisionSchema>;

export const revokeDecisionSchema = z.object({
  decisionId: id,
  reason: requiredLine(2000),
});
export type RevokeDecisionInput = z.output<typeof revokeDecisionSchema>;

export const AWARD_RECIPIENTS = ['individual', 'collective', 'both'] as const;
export const ISSUING_LEVELS = ['grassroots', 'ward', 'federation', 'confederation'] as const;

export const awardTypeSchema = z.object({
  /** Absent when adding a type. */
  awardTypeId: z.coerce.number().int().positive().optional(),
  version: z.coerce.number().int().positive().optional(),
  code: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().min(1, { error: 'required' }).max(40, { error: 'tooLong' }).regex(/^[A-Z0-9_]+$/, { error: 'codeFormat' })),
  name: requiredLine(200),
  recipient: z.enum(AWARD_RECIPIENTS, { error: 'required' }),
  issuingLevel: z.enum(ISSUING_LEVELS, { error: 'required' }),
  note: optionalText(1000),
  isActive: z
    .string()
    .optional()
    .transform((v) => v === 'on' || v === 'true'),
});
export type AwardTypeInput = z.output<typeof awardTypeSchema>;

/** Units whose profile lists their own awards and initiatives; above them, profiles show subtree totals by year. */
export const OWN_HONOURS_KINDS = ['grassroots', 'group'] as const;
