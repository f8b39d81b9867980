import { describe, expect, it } from 'vitest';
import { registerMemberSchema } from '@/lib/members/schema';

const valid = {
  unitId: '7',
  fullName: ' Phạm  Thị Hồng ',
  gender: 'female',
  birthDate: '20/10/1990',
  cccd: '001 190 123 456',
  phone: '+84 912 345 678',
  joinDate: '2026-03-08',
  jobTitle: '',
};

const errorsOf = (input: Record<string, string>) => {
  const result = registerMemberSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('registerMemberSchema', () => {
  it('cleans what it accepts', () => {
    const parsed = registerMemberSchema.parse(valid);
    expect(parsed).toMatchObject({ unitId: 7, fullName: 'Phạm Thị Hồng', cccd: '001190123456', phone: '0912345678', jobTitle: null });
    expect(parsed.birthDate.toISOString()).toBe('1990-10-20T00:00:00.000Z');
  });

  it('names the field of every error', () => {
    expect(errorsOf({ ...valid, cccd: '00119012345' })).toEqual({ cccd: 'cccdFormat' });
    expect(errorsOf({ ...valid, cccd: '00119012345a' })).toEqual({ cccd: 'cccdFormat' });
    expect(errorsOf({ ...valid, phone: '0123' })).toEqual({ phone: 'phoneFormat' });
    expect(errorsOf({ ...valid, fullName: 'x'.repeat(121) })).toEqual({ fullName: 'tooLong' });
    expect(errorsOf({ ...valid, birthDate: '1990-02-30' })).toEqual({ birthDate: 'dateFormat' });
    expect(errorsOf({ ...valid, birthDate: '01/01/1900' })).toEqual({ birthDate: 'tooOld' });
    expect(errorsOf({ ...valid, joinDate: '01/01/2000' })).toEqual({ joinDate: 'joinBeforeWorkingAge' });
    expect(errorsOf({ ...valid, gender: 'other' })).toEqual({ gender: 'required' });
  });

  it('takes a passport number from a foreign worker, and still 12 digits from a Vietnamese citizen', () => {
    expect(registerMemberSchema.parse({ ...valid, nationality: 'kr', cccd: 'm 1234-5678' })).toMatchObject({ nationality: 'KR', cccd: 'M12345678' });
    expect(errorsOf({ ...valid, nationality: 'KR', cccd: 'M1' })).toEqual({ cccd: 'errors.member.documentFormat' });
    expect(errorsOf({ ...valid, nationality: 'VN', cccd: 'M12345678' })).toEqual({ cccd: 'cccdFormat' });
    // Checked even when another field is wrong too, so the form names both at once.
    expect(errorsOf({ ...valid, cccd: '123', phone: '0123' })).toEqual({ cccd: 'cccdFormat', phone: 'phoneFormat' });
    expect(errorsOf({ ...valid, cccd: '' })).toEqual({ cccd: 'required' });
  });

  it('names the field of every error in the optional record', () => {
    expect(errorsOf({ ...valid, email: 'a@' })).toEqual({ email: 'emailFormat' });
    expect(errorsOf({ ...valid, ethnicityCode: '55' })).toEqual({ ethnicityCode: 'choice' });
    expect(errorsOf({ ...valid, nationality: 'vn' })).toEqual({});
    expect(errorsOf({ ...valid, cardNumber: 'x' })).toEqual({ cardNumber: 'cardNumberFormat' });
    expect(errorsOf({ ...valid, officialTrainedOn: '01/02/2026' })).toEqual({ officialPosition: 'positionForTraining' });
    expect(errorsOf({ ...valid, partyIntroducedOn: '31/13/2020' })).toEqual({ partyIntroducedOn: 'dateFormat' });
  });

  it('defaults nationality to Vietnam and leaves empty optional fields null', () => {
    const parsed = registerMemberSchema.parse({ ...valid, email: '', cardNumber: '', ethnicityCode: '' });
    expect(parsed).toMatchObject({ nationality: 'VN', email: null, cardNumber: null, ethnicityCode: null, educationLevel: null, partyIntroducedOn: null });
  });

  it('keeps optional fields optional', () => {
    const { phone: _phone, jobTitle: _jobTitle, ...required } = valid;
    void _phone;
    void _jobTitle;
    expect(registerMemberSchema.safeParse(required).success).toBe(true);
  });
});
