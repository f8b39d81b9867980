// Employers without a grassroots union in a ward, and their mobilisation towards one (DESIGN.md: a
// mobilisation group, at least 5 applications, a founding conference, then the decision).
import { z } from 'zod';
import { todayInVietnam } from '@/lib/i18n/dates';
import { cleanName } from '@/lib/text/search-key';
import { countField, optionalDateField, taxCodeField, trimmedTextField } from '@/lib/units/schema';

/** Applications needed before a grassroots union may be established (the Trade Union Charter's guidance). */
export const MIN_APPLICATIONS = 5;

export const EMPLOYER_STATUSES = ['identified', 'mobilising', 'established', 'abandoned'] as const;
/** The statuses a person sets by hand; 'established' is set only by establishing the union. */
export const EDITABLE_EMPLOYER_STATUSES = ['identified', 'mobilising', 'abandoned'] as const;

const notInFuture = (date: Date | null | undefined) => !date || date <= todayInVietnam();

const employerFields = {
  name: z.string({ error: 'required' }).transform(cleanName).pipe(z.string().min(1, { error: 'required' }).max(200, { error: 'tooLong' })),
  taxCode: taxCodeField,
  address: trimmedTextField(300),
  workforceTotal: countField,
  groupFormedOn: optionalDateField.refine(notInFuture, { error: 'dateInFuture' }),
  applicationsReceived: z
    .string()
    .optional()
    .transform((value) => (value ?? '').replace(/[\s.,]/g, ''))
    .refine((value) => /^\d{0,5}$/.test(value), { error: 'errors.unit.count' })
    .transform((value) => (value === '' ? 0 : Number(value))),
  foundingConferenceOn: optionalDateField,
  status: z.enum(EDITABLE_EMPLOYER_STATUSES, { error: 'choice' }),
};

function checkPipeline(input: { workforceTotal?: number | null; applicationsReceived: number }, ctx: z.RefinementCtx) {
  if (input.workforceTotal != null && input.applicationsReceived > input.workforceTotal)
    ctx.addIssue({ code: 'custom', path: ['applicationsReceived'], message: 'errors.unit.applicationsAboveWorkforce' });
}

export const addEmployerSchema = z.object({ wardUnitId: z.coerce.number().int().positive(), ...employerFields }).superRefine(checkPipeline);
export type AddEmployerInput = z.output<typeof addEmployerSchema>;

export const editEmployerSchema = z
  .object({ employerId: z.coerce.number().int().positive(), version: z.coerce.number().int().positive(), ...employerFields })
  .superRefine(checkPipeline);
export type EditEmployerInput = z.output<typeof editEmployerSchema>;
