// The shared field builders: what an empty field means, and which message key each refusal carries.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { optionalCount, optionalDate, optionalLine, optionalText, parseVnd, recordId, recordYear, requiredDate, requiredLine, requiredText, vndAmount } from '@/lib/forms/fields';

const issues = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};
const tomorrow = isoDate(new Date(todayInVietnam().getTime() + 86_400_000)).split('-').reverse().join('/');

describe('texts', () => {
  it('collapse spaces in a line, only trim a text, and make empty optional ones null', () => {
    expect(requiredLine(20).parse('  Nguyễn   Văn  A ')).toBe('Nguyễn Văn A');
    expect(requiredText(20).parse('  một\nhai  ')).toBe('một\nhai');
    expect(optionalLine(20).parse(undefined)).toBeNull();
    expect(optionalText(20).parse('   ')).toBeNull();
    expect(issues(requiredLine(3), '    ')).toEqual(['required']);
    expect(issues(requiredText(3), 'abcd')).toEqual(['tooLong']);
    expect(issues(optionalLine(3), 'a  b  c')).toEqual(['tooLong']);
  });
});

describe('ids and years', () => {
  it('accept positive integers and years from 1945 to next year', () => {
    expect(recordId().parse('42')).toBe(42);
    expect(issues(recordId(), '-1')).toEqual(['required']);
    expect(issues(recordId(), '1.5')).toEqual(['required']);
    expect(recordYear().parse('1945')).toBe(1945);
    expect(issues(recordYear(), String(todayInVietnam().getUTCFullYear() + 2))).toEqual(['yearFormat']);
  });
});

describe('dates', () => {
  it('parse dd/MM/yyyy as UTC midnight; refuse the future only when asked', () => {
    expect(requiredDate().parse(' 05/01/2026 ')).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(issues(requiredDate(), '')).toEqual(['required']);
    expect(issues(requiredDate(), '30/02/2026')).toEqual(['dateFormat']);
    expect(issues(requiredDate(), tomorrow)).toEqual([]);
    expect(issues(requiredDate({ notInFuture: true }), tomorrow)).toEqual(['dateInFuture']);
    expect(optionalDate().parse('  ')).toBeNull();
    expect(optionalDate().parse(undefined)).toBeNull();
    expect(issues(optionalDate({ notInFuture: true }), tomorrow)).toEqual(['dateInFuture']);
    expect(issues(optionalDate(), '1/13/2025')).toEqual(['dateFormat']);
  });
});

describe('counts and VND', () => {
  it('read thousands separators; an empty count is null', () => {
    expect(optionalCount().parse('12.500')).toBe(12_500);
    expect(optionalCount().parse('')).toBeNull();
    expect(issues(optionalCount(3), '1.000')).toEqual(['countFormat']);
  });

  it('read VND with separators up to 10^18; an empty amount is what the form says', () => {
    expect(parseVnd('2.000.000.000 VND')).toBe(2_000_000_000n);
    expect(parseVnd('1000000000000000001')).toBeNull();
    expect(vndAmount(0n).parse('')).toBe(0n);
    expect(vndAmount(null).parse(undefined)).toBeNull();
    expect(vndAmount(null).parse('1 500 000 ₫')).toBe(1_500_000n);
    expect(issues(vndAmount(0n), '1,5 triệu')).toEqual(['vndFormat']);
  });
});
