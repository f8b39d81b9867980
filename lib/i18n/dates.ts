// Calendar dates (no time of day) as the portal shows and accepts them: dd/MM/yyyy on screen;
// forms also accept the ISO yyyy-MM-dd that <input type="date"> submits. Dates are held as UTC
// midnight so a DATE column round-trips without a time-zone shift. date-fns does the strict parsing.
import { format, isValid, parse } from 'date-fns';

const INPUT_FORMATS = ['yyyy-MM-dd', 'dd/MM/yyyy', 'd/M/yyyy'];

/** Parses a typed date; returns null for anything that is not a real calendar date. */
export function parseDateInput(text: string): Date | null {
  const trimmed = text.trim();
  for (const pattern of INPUT_FORMATS) {
    const local = parse(trimmed, pattern, new Date(2000, 0, 1));
    if (isValid(local) && format(local, pattern) === trimmed) {
      return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
    }
  }
  return null;
}

/** A DATE value (UTC midnight) as dd/MM/yyyy. */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return '';
  const d = String(date.getUTCDate()).padStart(2, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${d}/${m}/${date.getUTCFullYear()}`;
}

/** A DATE value as yyyy-MM-dd, for <input type="date"> values. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today as a UTC-midnight date in Vietnam's time zone (UTC+7), where the users are. */
export function todayInVietnam(now = new Date()): Date {
  const shifted = new Date(now.getTime() + 7 * 3600 * 1000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** Whole years from `from` to `to` (birthday-aware). */
export function yearsBetween(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeBirthday =
    to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}
