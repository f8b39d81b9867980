// What the awards, initiatives and movements forms accept and refuse, field by field: written
// before those schemas moved onto lib/forms/fields.ts, so the move is proven not to change them.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { issueDecisionSchema, nominateSchema, reviewSchema, revokeDecisionSchema, awardTypeSchema } from '@/lib/awards/schema';
import { createInitiativeSchema, recogniseInitiativeSchema } from '@/lib/initiatives/schema';
import { launchMovementSchema, reportMovementSchema } from '@/lib/movements/schema';

const errors = (schema: z.ZodType, input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};
const nextYear = todayInVietnam().getUTCFullYear() + 1;
const tomorrow = new Date(todayInVietnam().getTime() + 86_400_000);
const ddmmyyyy = (d: Date) => isoDate(d).split('-').reverse().join('/');

describe('awards schemas', () => {
  const nomination = { unitId: '3', awardTypeId: '4', recipientKind: 'member', recipient: ' 0123 ', periodYear: '2025', achievements: '  Dòng một\nDòng hai  ' };

  it('parses a nomination: trimmed text keeps its line breaks, an empty attachment is null', () => {
    expect(nominateSchema.parse(nomination)).toEqual({ unitId: 3, awardTypeId: 4, recipientKind: 'member', recipient: '0123', periodYear: 2025, achievements: 'Dòng một\nDòng hai', attachments: null });
    expect(nominateSchema.parse({ ...nomination, attachments: '  Biên bản  ' }).attachments).toBe('Biên bản');
  });

  it('names each bad field', () => {
    expect(errors(nominateSchema, { ...nomination, unitId: '', awardTypeId: 'x', recipientKind: 'robot', recipient: '  ', achievements: ' ' })).toEqual({
      unitId: ['required'], awardTypeId: ['required'], recipientKind: ['required'], recipient: ['required'], achievements: ['required'],
    });
    expect(errors(nominateSchema, { ...nomination, periodYear: '1900' })).toEqual({ periodYear: ['yearFormat'] });
    expect(errors(nominateSchema, { ...nomination, periodYear: String(nextYear + 1) })).toEqual({ periodYear: ['yearFormat'] });
    expect(errors(nominateSchema, { ...nomination, periodYear: String(nextYear) })).toEqual({});
    expect(errors(nominateSchema, { ...nomination, periodYear: '2025.5' })).toEqual({ periodYear: ['yearFormat'] });
    expect(errors(nominateSchema, { ...nomination, periodYear: '' })).toEqual({ periodYear: ['yearFormat'] });
    expect(errors(nominateSchema, { ...nomination, recipient: 'x'.repeat(41), attachments: 'x'.repeat(2001) })).toEqual({ recipient: ['tooLong'], attachments: ['tooLong'] });
  });

  it('requires a note unless the review approves', () => {
    expect(errors(reviewSchema, { nominationId: '1', version: '1', outcome: 'returned', note: ' ' })).toEqual({ note: ['noteRequired'] });
    expect(reviewSchema.parse({ nominationId: '1', version: '2', outcome: 'approved' })).toEqual({ nominationId: 1, version: 2, outcome: 'approved', note: null });
  });

  it('parses a decision: collapsed spaces in number and signer, a dd/MM/yyyy date not in the future', () => {
    const decision = { issuingUnitId: '2', number: ' 12/QĐ  CĐP ', signedOn: ' 20/11/2025 ', signer: 'Phạm   Văn Đức', nominationIds: '3,4,3' };
    expect(issueDecisionSchema.parse(decision)).toEqual({ issuingUnitId: 2, number: '12/QĐ CĐP', signedOn: new Date(Date.UTC(2025, 10, 20)), signer: 'Phạm Văn Đức', nominationIds: [3, 4] });
    expect(errors(issueDecisionSchema, { ...decision, signedOn: '31/02/2025' })).toEqual({ signedOn: ['dateFormat'] });
    expect(errors(issueDecisionSchema, { ...decision, signedOn: ddmmyyyy(tomorrow) })).toEqual({ signedOn: ['dateInFuture'] });
    expect(errors(issueDecisionSchema, { ...decision, signedOn: ' ', number: ' ', signer: 'x'.repeat(121), nominationIds: '' })).toEqual({
      signedOn: ['required'], number: ['required'], signer: ['tooLong'], nominationIds: ['chooseNominations'],
    });
    expect(errors(revokeDecisionSchema, { decisionId: '1', reason: '   ' })).toEqual({ reason: ['required'] });
  });

  it('parses an award type', () => {
    expect(awardTypeSchema.parse({ code: ' giay_khen ', name: ' Giấy  khen ', recipient: 'both', issuingLevel: 'ward', note: '', isActive: 'on' })).toEqual({
      code: 'GIAY_KHEN', name: 'Giấy khen', recipient: 'both', issuingLevel: 'ward', note: null, isActive: true,
    });
  });
});

describe('initiatives schemas', () => {
  const initiative = { unitId: '5', title: ' Cải  tiến ', kind: 'initiative', field: '  Cơ   khí ', year: '2025', appliedOn: '15/06/2025', valueVnd: '1.200.000', memberAuthors: ' 001 \n\n002', outsideAuthors: '' };

  it('parses an initiative: collapsed spaces in title and field, a date, VND with separators, author lines', () => {
    expect(createInitiativeSchema.parse(initiative)).toEqual({
      unitId: 5, title: 'Cải tiến', kind: 'initiative', field: 'Cơ khí', year: 2025, appliedOn: new Date(Date.UTC(2025, 5, 15)), valueVnd: 1_200_000n, memberAuthors: ['001', '002'], outsideAuthors: [],
    });
    expect(createInitiativeSchema.parse({ ...initiative, field: '', appliedOn: ' ', valueVnd: '' })).toMatchObject({ field: null, appliedOn: null, valueVnd: 0n });
    expect(createInitiativeSchema.parse({ ...initiative, valueVnd: '1 000 000 000 000 000 000' }).valueVnd).toBe(10n ** 18n);
  });

  it('names each bad field', () => {
    expect(errors(createInitiativeSchema, { ...initiative, title: ' ', kind: '', field: 'x'.repeat(121), year: '1800', appliedOn: '31/02/2025', valueVnd: '12abc', memberAuthors: '' })).toEqual({
      title: ['required'], kind: ['required'], field: ['tooLong'], year: ['yearFormat'], appliedOn: ['dateFormat'], valueVnd: ['vndFormat'], memberAuthors: ['authorRequired'],
    });
    expect(errors(createInitiativeSchema, { ...initiative, appliedOn: ddmmyyyy(tomorrow), valueVnd: '1000000000000000001' })).toEqual({ appliedOn: ['dateInFuture'], valueVnd: ['vndFormat'] });
  });

  it('parses a recognition: an empty value is zero', () => {
    expect(recogniseInitiativeSchema.parse({ initiativeId: '1', version: '1', status: 'recognised', recognitionLevel: 'ward', valueVnd: '' })).toMatchObject({ valueVnd: 0n });
    expect(errors(recogniseInitiativeSchema, { initiativeId: '1', version: '1', status: 'x', recognitionLevel: 'ward', valueVnd: 'abc' })).toEqual({ status: ['required'], valueVnd: ['vndFormat'] });
  });
});

describe('movements schemas', () => {
  const movement = { unitId: '1', name: ' Lao động  giỏi ', kind: 'regular', startsOn: '01/01/2026', endsOn: '31/12/2030', audienceKind: 'grassroots', description: '  Mô tả\nhai dòng ', criteria: '' };

  it('parses a launch: dates may lie in the future, texts keep their line breaks', () => {
    expect(launchMovementSchema.parse(movement)).toEqual({
      unitId: 1, name: 'Lao động giỏi', kind: 'regular', startsOn: new Date(Date.UTC(2026, 0, 1)), endsOn: new Date(Date.UTC(2030, 11, 31)), audienceKind: 'grassroots', description: 'Mô tả\nhai dòng', criteria: null,
    });
  });

  it('names each bad field', () => {
    expect(errors(launchMovementSchema, { ...movement, unitId: '0', name: '', startsOn: '', endsOn: '32/01/2026', criteria: 'x'.repeat(5001) })).toEqual({
      unitId: ['required'], name: ['required'], startsOn: ['required'], endsOn: ['dateFormat'], criteria: ['tooLong'],
    });
    expect(errors(launchMovementSchema, { ...movement, endsOn: '31/12/2025' })).toEqual({ endsOn: ['endBeforeStart'] });
  });

  it('parses a report: counts and VND with separators, empty ones null', () => {
    const report = { movementId: '1', unitId: '2', resultText: ' Kết quả ', participants: '1.250', initiatives: '', valueVnd: '' };
    expect(reportMovementSchema.parse(report)).toEqual({ movementId: 1, unitId: 2, resultText: 'Kết quả', participants: 1250, initiatives: null, valueVnd: null });
    expect(reportMovementSchema.parse({ ...report, valueVnd: '2.000.000' }).valueVnd).toBe(2_000_000n);
    expect(errors(reportMovementSchema, { ...report, resultText: ' ', participants: '12a', initiatives: '1234567890', valueVnd: 'x' })).toEqual({
      resultText: ['required'], participants: ['countFormat'], initiatives: ['countFormat'], valueVnd: ['vndFormat'],
    });
  });
});
