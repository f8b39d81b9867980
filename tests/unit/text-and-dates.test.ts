import { describe, expect, it } from 'vitest';
import { cleanName, searchKey } from '@/lib/text/search-key';
import { formatDate, parseDateInput, todayInVietnam, yearsBetween } from '@/lib/i18n/dates';
import { formatNumber, formatVnd } from '@/lib/i18n/format';

describe('searchKey', () => {
  it('makes Vietnamese names accent- and case-insensitive, đ included', () => {
    expect(searchKey('Nguyễn Văn An')).toBe('nguyen van an');
    expect(searchKey('ĐẶNG THỊ ĐÀO')).toBe('dang thi dao');
    expect(searchKey('Thủy Nguyên')).toBe(searchKey('thuy nguyen'));
  });

  it('treats decomposed (NFD) text and stray spaces like the clean spelling', () => {
    const nfd = 'Trần  Thị   Hương '.normalize('NFD');
    expect(searchKey(nfd)).toBe('tran thi huong');
    expect(cleanName(nfd)).toBe('Trần Thị Hương'.normalize('NFC'));
  });
});

describe('dates', () => {
  it('accepts dd/MM/yyyy and ISO, rejects impossible dates', () => {
    expect(parseDateInput('29/02/2024')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDateInput('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDateInput('29/02/2023')).toBeNull();
    expect(parseDateInput('2023-13-01')).toBeNull();
    expect(parseDateInput('hôm qua')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });

  it('shows dates as dd/MM/yyyy', () => {
    expect(formatDate(new Date(Date.UTC(2025, 6, 1)))).toBe('01/07/2025');
    expect(formatDate(null)).toBe('');
  });

  it('counts whole years up to the birthday', () => {
    const birth = new Date(Date.UTC(2011, 5, 15));
    expect(yearsBetween(birth, new Date(Date.UTC(2026, 5, 14)))).toBe(14);
    expect(yearsBetween(birth, new Date(Date.UTC(2026, 5, 15)))).toBe(15);
  });

  it("takes today's date in Vietnam (UTC+7)", () => {
    expect(todayInVietnam(new Date('2026-12-31T18:30:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('numbers and money', () => {
  it('groups thousands the Vietnamese way and writes VND', () => {
    expect(formatNumber(8945)).toBe('8.945');
    expect(formatVnd(2_000_000_000).replace(/\s/g, ' ')).toBe('2.000.000.000 ₫');
    expect(formatNumber(8945, 'en')).toBe('8,945');
  });
});
