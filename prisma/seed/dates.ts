// Calendar dates as whole days since 1970-01-01 (UTC), so random dates are plain integer draws and
// no local time zone can shift a DATE by one day. Output is 'YYYY-MM-DD', which pg casts to DATE.
const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same calendar day `years` later (29 February rolls over to 1 March). */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return fromDay(Date.UTC(year + years, month - 1, day) / DAY_MS);
}
